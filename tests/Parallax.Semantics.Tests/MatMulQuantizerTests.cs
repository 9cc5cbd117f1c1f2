using Microsoft.ML.OnnxRuntime;
using Parallax.Semantics.Internal.Onnx;

namespace Parallax.Semantics.Tests;

public class MatMulQuantizerTests
{
    private static float[,] Weight(int k, int n, int seed)
    {
        var random = new Random(seed);
        var weight = new float[k, n];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < n; j++)
                weight[i, j] = (float)(random.NextDouble() * 2 - 1) * (j + 1) / n;
        }
        return weight;
    }

    private static float[] Input(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 4 - 2))];
    }

    private static float[] Run(byte[] model, float[] x, long[] shape)
    {
        using var session = new InferenceSession(model);
        using var input = OrtValue.CreateTensorValueFromMemory(x, shape);
        using var run = new RunOptions();
        using var outputs = session.Run(run, ["X"], [input], ["Y"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    private static double RelativeError(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        var scale = expected.Max(Math.Abs);
        return expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max() / scale;
    }

    [Fact]
    public void Given_a_matmul_with_a_constant_weight_when_quantized_then_ort_gives_nearly_the_float_output()
    {
        var weight = Weight(64, 24, seed: 1);
        var model = TinyOnnxModel.MatMul(2, 5, weight);
        var x = Input(2 * 5 * 64, seed: 2);

        var (quantized, count) = MatMulQuantizer.Quantize(model);

        Assert.Equal(1, count);
        Assert.Equal(["DynamicQuantizeMatMul"], TinyOnnxModel.OpTypes(quantized));
        var error = RelativeError(Run(model, x, [2, 5, 64]), Run(quantized, x, [2, 5, 64]));
        Assert.True(error < 0.02, $"largest error {error:P2} of the largest output");
    }

    [Fact]
    public void The_float_weight_is_replaced_by_int8_values_and_one_scale_per_column()
    {
        var model = TinyOnnxModel.MatMul(1, 3, Weight(16, 8, seed: 3));

        var initializers = TinyOnnxModel.Initializers(MatMulQuantizer.Quantize(model).Model);

        Assert.DoesNotContain(initializers, t => t.Name == "W");
        Assert.Contains(initializers, t => t.DataType == OnnxFields.Int8 && t.Dims.SequenceEqual([16L, 8L]));
        Assert.Contains(initializers, t => t.DataType == OnnxFields.Float && t.Dims.SequenceEqual([8L]));
    }

    [Fact]
    public void An_add_of_a_bias_after_the_matmul_becomes_the_quantized_nodes_bias()
    {
        var bias = Enumerable.Range(0, 12).Select(i => i - 5.5f).ToArray();
        var model = TinyOnnxModel.MatMul(3, 4, Weight(32, 12, seed: 4), bias);
        var x = Input(3 * 4 * 32, seed: 5);

        var (quantized, _) = MatMulQuantizer.Quantize(model);

        Assert.Equal(["DynamicQuantizeMatMul"], TinyOnnxModel.OpTypes(quantized));
        var error = RelativeError(Run(model, x, [3, 4, 32]), Run(quantized, x, [3, 4, 32]));
        Assert.True(error < 0.02, $"largest error {error:P2} of the largest output");
    }

    [Fact]
    public void A_matmul_left_out_keeps_its_float_weight_and_the_model_is_unchanged()
    {
        var model = TinyOnnxModel.MatMul(1, 3, Weight(8, 4, seed: 9));

        var (rewritten, count) = MatMulQuantizer.Quantize(model, include: _ => false);

        Assert.Equal(0, count);
        Assert.Equal(model, rewritten);
        Assert.Equal(["MatMul"], TinyOnnxModel.OpTypes(rewritten));
        Assert.Contains(TinyOnnxModel.Initializers(rewritten), t => t.Name == "W" && t.DataType == OnnxFields.Float);
    }

    [Fact]
    public void A_matmul_of_two_graph_inputs_is_left_as_it_is()
    {
        var model = TinyOnnxModel.MatMul(1, 2, Weight(4, 4, seed: 6), weightIsInput: true);

        var (rewritten, count) = MatMulQuantizer.Quantize(model);

        Assert.Equal(0, count);
        Assert.Equal(model, rewritten);
    }

    [Fact]
    public void The_quantized_model_imports_the_contrib_operator_set()
    {
        var (quantized, _) = MatMulQuantizer.Quantize(TinyOnnxModel.MatMul(1, 2, Weight(4, 4, seed: 7)));

        var domains = ProtoField.Read(quantized).Where(f => f.Number == OnnxFields.ModelOpsetImport)
            .Select(f => ProtoField.Read(f.Payload).FirstOrDefault(d => d.Number == OnnxFields.OpsetDomain).Text).ToArray();
        Assert.Equal(["", "com.microsoft"], domains);
    }

    [Fact]
    public void Each_column_is_scaled_so_its_largest_magnitude_is_63_and_values_round_to_the_nearest_step()
    {
        float[] matrix = [0.5f, -2f, 0f, -0.3f, 1.1f, 0f];

        var (values, scaleBytes) = MatMulQuantizer.QuantizeColumns(matrix, rows: 2, columns: 3);

        var scales = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(scaleBytes).ToArray();
        Assert.Equal([0.5f / 63, 2f / 63, 1f], scales);
        Assert.Equal(new sbyte[] { 63, -63, 0, -38, 35, 0 }, values.Select(v => (sbyte)v).ToArray());
    }

    [Fact]
    public void A_message_cut_short_is_invalid_data_not_a_crash()
    {
        var model = TinyOnnxModel.MatMul(1, 2, Weight(4, 4, seed: 8));

        Assert.Throws<InvalidDataException>(() => MatMulQuantizer.Quantize(model.AsMemory(0, model.Length - 7)));
    }
}
