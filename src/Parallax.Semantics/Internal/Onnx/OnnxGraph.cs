using Parallax.Documents;

namespace Parallax.Semantics.Internal.Onnx;

/// <summary>Field numbers of onnx.proto that the quantizer reads or writes.</summary>
internal static class OnnxFields
{
    public const int ModelOpsetImport = 8;
    public const int ModelGraph = 7;
    public const int OpsetDomain = 1;
    public const int OpsetVersion = 2;

    public const int GraphNode = 1;
    public const int GraphInitializer = 5;
    public const int GraphInput = 11;
    public const int GraphOutput = 12;
    public const int GraphValueInfo = 13;
    public const int ValueInfoName = 1;

    public const int NodeInput = 1;
    public const int NodeOutput = 2;
    public const int NodeName = 3;
    public const int NodeOpType = 4;
    public const int NodeAttribute = 5;
    public const int NodeDomain = 7;
    public const int AttributeGraph = 6;
    public const int AttributeGraphs = 11;

    public const int TensorDims = 1;
    public const int TensorDataType = 2;
    public const int TensorFloatData = 4;
    public const int TensorName = 8;
    public const int TensorRawData = 9;
    public const int TensorExternalData = 13;
    public const int TensorDataLocation = 14;

    public const int Float = 1;
    public const int Int8 = 3;
}

/// <summary>A node of an ONNX graph, read from its NodeProto field.</summary>
internal sealed record OnnxNode(string Name, string OpType, string Domain, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs, bool HasSubgraph)
{
    public bool IsStandard(string opType) => OpType == opType && Domain is "" or "ai.onnx";

    public static OnnxNode Read(ReadOnlyMemory<byte> node)
    {
        var fields = ProtoField.Read(node);
        string Text(int number) => fields.LastOrDefault(f => f.Number == number).Payload is var p && p.Length > 0 ? System.Text.Encoding.UTF8.GetString(p.Span) : "";
        var hasSubgraph = fields.Where(f => f.Number == OnnxFields.NodeAttribute)
            .Any(a => ProtoField.Read(a.Payload).Any(f => f.Number is OnnxFields.AttributeGraph or OnnxFields.AttributeGraphs));
        return new OnnxNode(Text(OnnxFields.NodeName), Text(OnnxFields.NodeOpType), Text(OnnxFields.NodeDomain),
            [.. fields.Where(f => f.Number == OnnxFields.NodeInput).Select(f => f.Text)],
            [.. fields.Where(f => f.Number == OnnxFields.NodeOutput).Select(f => f.Text)], hasSubgraph);
    }

    public ProtoWriter Write()
    {
        var writer = new ProtoWriter();
        foreach (var input in Inputs)
            writer.Text(OnnxFields.NodeInput, input);
        foreach (var output in Outputs)
            writer.Text(OnnxFields.NodeOutput, output);
        if (Name.Length > 0)
            writer.Text(OnnxFields.NodeName, Name);
        writer.Text(OnnxFields.NodeOpType, OpType);
        if (Domain.Length > 0)
            writer.Text(OnnxFields.NodeDomain, Domain);
        return writer;
    }
}

/// <summary>An initializer of an ONNX graph: name, element type, shape, and its values when they are floats stored in the model.</summary>
internal sealed record OnnxTensor(string Name, int DataType, long[] Dims, bool External, List<ProtoField> Fields)
{
    public bool IsFloat => DataType == OnnxFields.Float && !External;

    public static OnnxTensor Read(ReadOnlyMemory<byte> tensor)
    {
        var fields = ProtoField.Read(tensor);
        var name = fields.LastOrDefault(f => f.Number == OnnxFields.TensorName) is { Payload.Length: > 0 } n ? n.Text : "";
        var dataType = (int)fields.LastOrDefault(f => f.Number == OnnxFields.TensorDataType).Varint;
        var external = fields.Any(f => f.Number == OnnxFields.TensorExternalData) || fields.LastOrDefault(f => f.Number == OnnxFields.TensorDataLocation).Varint == 1;
        return new OnnxTensor(name, dataType, [.. ProtoField.Int64s(fields, OnnxFields.TensorDims)], external, fields);
    }

    /// <summary>The float values, read in place from <c>raw_data</c> on a little-endian machine, else as <see cref="Floats"/>.</summary>
    public ReadOnlySpan<float> FloatSpan()
    {
        var raw = Fields.LastOrDefault(f => f.Number == OnnxFields.TensorRawData);
        return raw.Number != 0 && BitConverter.IsLittleEndian && raw.Payload.Length == Count * 4
            ? System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw.Payload.Span)
            : Floats();
    }

    private int Count => checked((int)Dims.Aggregate(1L, (a, d) => a * d));

    /// <summary>The float values, from <c>raw_data</c> (little-endian) or <c>float_data</c>.</summary>
    public float[] Floats()
    {
        var count = Count;
        var values = new float[count];
        var raw = Fields.LastOrDefault(f => f.Number == OnnxFields.TensorRawData);
        if (raw.Number != 0)
        {
            if (raw.Payload.Length != count * 4)
                throw new InvalidDataException($"initializer {Name} holds {raw.Payload.Length} bytes for {count} floats");
            if (BitConverter.IsLittleEndian)
                raw.Payload.Span.CopyTo(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
            else
            {
                for (var i = 0; i < count; i++)
                    values[i] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(raw.Payload.Span.Slice(i * 4, 4));
            }
            return values;
        }
        var written = 0;
        foreach (var field in Fields.Where(f => f.Number == OnnxFields.TensorFloatData))
        {
            var span = field.Payload.Span;
            for (var offset = 0; offset + 4 <= span.Length; offset += 4)
            {
                if (written == count)
                    throw new InvalidDataException($"initializer {Name} holds more than {count} floats");
                values[written++] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(span.Slice(offset, 4));
            }
        }
        if (written != count)
            throw new InvalidDataException($"initializer {Name} holds {written} floats for its shape of {count}");
        return values;
    }

    public static ProtoWriter Write(string name, int dataType, IEnumerable<long> dims, ReadOnlyMemory<byte> raw)
    {
        var writer = new ProtoWriter();
        writer.PackedInt64s(OnnxFields.TensorDims, dims);
        writer.Varint(OnnxFields.TensorDataType, dataType);
        writer.Text(OnnxFields.TensorName, name);
        writer.Bytes(OnnxFields.TensorRawData, raw);
        return writer;
    }
}
