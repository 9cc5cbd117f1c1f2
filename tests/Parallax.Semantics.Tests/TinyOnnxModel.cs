using System.Runtime.InteropServices;
using Parallax.Semantics.Internal.Onnx;

namespace Parallax.Semantics.Tests;

/// <summary>Hand-built ONNX models of one MatMul (and optionally an Add of a bias) for the quantizer's tests.</summary>
internal static class TinyOnnxModel
{
    /// <summary>Y = X · W (+ bias), X of shape [batch, rows, k] as a graph input, W of shape [k, n] an initializer unless <paramref name="weightIsInput"/>.</summary>
    public static byte[] MatMul(int batch, int rows, float[,] weight, float[]? bias = null, bool weightIsInput = false)
    {
        var (k, n) = (weight.GetLength(0), weight.GetLength(1));
        var graph = new ProtoWriter()
            .Message(OnnxFields.GraphNode, Node("MatMul", "product", ["X", "W"], bias is null ? "Y" : "XW"));
        if (bias is not null)
            graph.Message(OnnxFields.GraphNode, Node("Add", "bias", ["XW", "B"], "Y"));
        graph.Text(2, "tiny");
        if (!weightIsInput)
            graph.Message(OnnxFields.GraphInitializer, OnnxTensor.Write("W", OnnxFields.Float, [k, n], Bytes(Flatten(weight))));
        if (bias is not null)
            graph.Message(OnnxFields.GraphInitializer, OnnxTensor.Write("B", OnnxFields.Float, [n], Bytes(bias)));
        graph.Message(OnnxFields.GraphInput, Value("X", [batch, rows, k]));
        if (weightIsInput)
            graph.Message(OnnxFields.GraphInput, Value("W", [k, n]));
        graph.Message(OnnxFields.GraphOutput, Value("Y", [batch, rows, n]));
        return new ProtoWriter()
            .Varint(1, 8)
            .Text(2, "parallax-tests")
            .Message(OnnxFields.ModelOpsetImport, new ProtoWriter().Text(OnnxFields.OpsetDomain, "").Varint(OnnxFields.OpsetVersion, 17))
            .Message(OnnxFields.ModelGraph, graph)
            .ToArray();
    }

    /// <summary>The nodes of a model's graph, as op types.</summary>
    public static string[] OpTypes(byte[] model)
        => [.. Graph(model).Where(f => f.Number == OnnxFields.GraphNode).Select(f => OnnxNode.Read(f.Payload).OpType)];

    /// <summary>The initializers of a model's graph: name, element type and shape.</summary>
    public static OnnxTensor[] Initializers(byte[] model)
        => [.. Graph(model).Where(f => f.Number == OnnxFields.GraphInitializer).Select(f => OnnxTensor.Read(f.Payload))];

    public static float[] Flatten(float[,] matrix) => [.. matrix.Cast<float>()];

    private static byte[] Bytes(float[] values) => MemoryMarshal.AsBytes(values.AsSpan()).ToArray();

    private static List<ProtoField> Graph(byte[] model)
        => ProtoField.Read(ProtoField.Read(model).Single(f => f.Number == OnnxFields.ModelGraph).Payload);

    private static ProtoWriter Node(string op, string name, string[] inputs, string output)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs)
            node.Text(OnnxFields.NodeInput, input);
        return node.Text(OnnxFields.NodeOutput, output).Text(OnnxFields.NodeName, name).Text(OnnxFields.NodeOpType, op);
    }

    private static ProtoWriter Value(string name, long[] shape)
    {
        var dims = new ProtoWriter();
        foreach (var d in shape)
            dims.Message(1, new ProtoWriter().Varint(1, d));
        var tensor = new ProtoWriter().Varint(1, OnnxFields.Float).Message(2, dims);
        return new ProtoWriter().Text(OnnxFields.ValueInfoName, name).Message(2, new ProtoWriter().Message(1, tensor));
    }
}
