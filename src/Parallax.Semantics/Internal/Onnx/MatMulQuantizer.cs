using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Parallax.Semantics.Internal.Onnx;

/// <summary>
/// Dynamic int8 quantization of an ONNX model's matrix products, in memory: each MatMul whose second
/// input is a float initializer of two dimensions becomes ONNX Runtime's DynamicQuantizeMatMul
/// (com.microsoft), which quantizes its activations to uint8 at run time and multiplies them by the
/// weights stored as int8 with one symmetric scale per output column. An Add of a one-dimensional float
/// initializer that alone consumes the product becomes the node's bias. Node order is kept, so the graph
/// stays topologically sorted; the replaced float weights are dropped. Other fields pass through as read.
/// </summary>
internal static class MatMulQuantizer
{
    private const string ContribDomain = "com.microsoft";
    private const string QuantizedOp = "DynamicQuantizeMatMul";

    /// <summary>The rewritten model and how many MatMul nodes it quantized (the model unchanged when none).</summary>
    /// <param name="model">The ONNX model's bytes.</param>
    /// <param name="include">Which of the MatMuls that could be quantized are (by their index among those, in graph order); all by default.</param>
    public static (byte[] Model, int Quantized) Quantize(ReadOnlyMemory<byte> model, Func<int, bool>? include = null)
    {
        var fields = ProtoField.Read(model);
        var graphs = fields.Where(f => f.Number == OnnxFields.ModelGraph).ToList();
        if (graphs.Count != 1)
            throw new InvalidDataException($"an ONNX model has one graph, this one {graphs.Count}");
        var (graph, quantized) = QuantizeGraph(graphs[0].Payload, include ?? (_ => true));
        if (quantized == 0)
            return (model.ToArray(), 0);
        var writer = new ProtoWriter();
        foreach (var field in fields)
        {
            if (field.Number == OnnxFields.ModelGraph)
                writer.Message(OnnxFields.ModelGraph, graph);
            else
                writer.Raw(field.Encoded);
        }
        var imported = fields.Where(f => f.Number == OnnxFields.ModelOpsetImport)
            .Any(f => ProtoField.Read(f.Payload).Any(d => d.Number == OnnxFields.OpsetDomain && d.Text == ContribDomain));
        if (!imported)
            writer.Message(OnnxFields.ModelOpsetImport, new ProtoWriter().Text(OnnxFields.OpsetDomain, ContribDomain).Varint(OnnxFields.OpsetVersion, 1));
        return (writer.ToArray(), quantized);
    }

    private static (ProtoWriter Graph, int Quantized) QuantizeGraph(ReadOnlyMemory<byte> graph, Func<int, bool> include)
    {
        var fields = ProtoField.Read(graph);
        var nodes = fields.Where(f => f.Number == OnnxFields.GraphNode).Select(f => OnnxNode.Read(f.Payload)).ToList();
        if (nodes.Any(n => n.HasSubgraph))
            return (new ProtoWriter().Raw(graph), 0);
        var initializers = fields.Where(f => f.Number == OnnxFields.GraphInitializer).Select(f => OnnxTensor.Read(f.Payload))
            .GroupBy(t => t.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var graphOutputs = ValueNames(fields, OnnxFields.GraphOutput);
        var consumers = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            foreach (var input in nodes[i].Inputs.Where(n => n.Length > 0))
                (consumers.TryGetValue(input, out var list) ? list : consumers[input] = []).Add(i);
        }
        var names = new HashSet<string>(initializers.Keys, StringComparer.Ordinal);
        names.UnionWith(nodes.SelectMany(n => n.Inputs.Concat(n.Outputs)));
        names.UnionWith(ValueNames(fields, OnnxFields.GraphInput));

        var replaced = new Dictionary<int, OnnxNode>();
        var folded = new HashSet<int>();
        var goneValues = new HashSet<string>(StringComparer.Ordinal);
        var weights = new Dictionary<string, (string Values, string Scales)>(StringComparer.Ordinal);
        var added = new List<ProtoWriter>();
        var candidates = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            if (!node.IsStandard("MatMul") || node.Inputs.Count != 2 || node.Outputs.Count != 1
                || !initializers.TryGetValue(node.Inputs[1], out var weight) || !weight.IsFloat || weight.Dims.Length != 2)
                continue;
            if (!include(candidates++))
                continue;
            if (!weights.TryGetValue(weight.Name, out var quantizedWeight))
            {
                quantizedWeight = (Unique(names, weight.Name + "_int8"), Unique(names, weight.Name + "_scale"));
                weights[weight.Name] = quantizedWeight;
                var (values, scales) = QuantizeColumns(weight.FloatSpan(), (int)weight.Dims[0], (int)weight.Dims[1]);
                added.Add(OnnxTensor.Write(quantizedWeight.Values, OnnxFields.Int8, weight.Dims, values));
                added.Add(OnnxTensor.Write(quantizedWeight.Scales, OnnxFields.Float, [weight.Dims[1]], scales));
            }
            var output = node.Outputs[0];
            var bias = "";
            if (!graphOutputs.Contains(output) && consumers.TryGetValue(output, out var users) && users.Count == 1
                && nodes[users[0]] is var add && add.IsStandard("Add") && add.Inputs.Count == 2 && add.Outputs.Count == 1 && !folded.Contains(users[0])
                && add.Inputs.Count(n => n == output) == 1 && add.Inputs.First(n => n != output) is var other
                && initializers.TryGetValue(other, out var b) && b.IsFloat && b.Dims.Length == 1 && b.Dims[0] == weight.Dims[1])
            {
                bias = other;
                folded.Add(users[0]);
                goneValues.Add(output);
                output = add.Outputs[0];
            }
            string[] inputs = bias.Length > 0 ? [node.Inputs[0], quantizedWeight.Values, quantizedWeight.Scales, "", bias] : [node.Inputs[0], quantizedWeight.Values, quantizedWeight.Scales];
            replaced[i] = new OnnxNode(node.Name, QuantizedOp, ContribDomain, inputs, [output], false);
        }
        if (replaced.Count == 0)
            return (new ProtoWriter().Raw(graph), 0);

        var dropped = new HashSet<string>(weights.Keys.Where(w => !graphOutputs.Contains(w)
            && consumers[w].All(replaced.ContainsKey)), StringComparer.Ordinal);
        goneValues.UnionWith(dropped);
        var writer = new ProtoWriter();
        var index = 0;
        foreach (var field in fields)
        {
            switch (field.Number)
            {
                case OnnxFields.GraphNode:
                    var i = index++;
                    if (replaced.TryGetValue(i, out var quantized))
                        writer.Message(OnnxFields.GraphNode, quantized.Write());
                    else if (!folded.Contains(i))
                        writer.Raw(field.Encoded);
                    break;
                case OnnxFields.GraphInitializer when dropped.Contains(OnnxTensor.Read(field.Payload).Name):
                case OnnxFields.GraphInput or OnnxFields.GraphValueInfo when goneValues.Contains(ValueName(field)):
                    break;
                default:
                    writer.Raw(field.Encoded);
                    break;
            }
        }
        foreach (var tensor in added)
            writer.Message(OnnxFields.GraphInitializer, tensor);
        return (writer, replaced.Count);
    }

    /// <summary>
    /// The largest weight magnitude: 7 bits, as ONNX Runtime's own quantizer does with reduce_range. Its int8 kernels on CPUs without
    /// VNNI (AVX2 alone) add two products of an unsigned 8-bit activation and a weight in 16 bits, which saturate with weights up to
    /// ±127 (errors of 18–25 % of the largest output on a small matmul) and fit with weights up to ±63.
    /// </summary>
    internal const int MaxWeight = 63;

    /// <summary>Int8 values of a [rows, columns] matrix, each column scaled by its largest magnitude to ±<see cref="MaxWeight"/>, and the float scale of each column (little-endian).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (byte[] Values, byte[] Scales) QuantizeColumns(ReadOnlySpan<float> matrix, int rows, int columns)
    {
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
                scales[c] = Math.Max(scales[c], Math.Abs(matrix[r * columns + c]));
        }
        for (var c = 0; c < columns; c++)
            scales[c] = scales[c] > 0 ? scales[c] / MaxWeight : 1f;
        var inverse = scales.Select(s => 1f / s).ToArray();
        var values = new byte[matrix.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
                values[r * columns + c] = (byte)(sbyte)Math.Clamp(MathF.Round(matrix[r * columns + c] * inverse[c]), -MaxWeight, MaxWeight);
        }
        var scaleBytes = new byte[columns * 4];
        for (var c = 0; c < columns; c++)
            BinaryPrimitives.WriteSingleLittleEndian(scaleBytes.AsSpan(c * 4), scales[c]);
        return (values, scaleBytes);
    }

    private static HashSet<string> ValueNames(List<ProtoField> fields, int number)
        => new(fields.Where(f => f.Number == number).Select(ValueName), StringComparer.Ordinal);

    private static string ValueName(ProtoField valueInfo)
        => ProtoField.Read(valueInfo.Payload).LastOrDefault(f => f.Number == OnnxFields.ValueInfoName) is { Payload.Length: > 0 } name ? name.Text : "";

    private static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
            candidate = $"{name}_{n}";
        return candidate;
    }
}
