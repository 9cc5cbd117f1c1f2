namespace Parallax.Semantics;

/// <summary>How the encoder multiplies by the model's weights.</summary>
public enum MiniLmPrecision
{
    /// <summary>The matrix products' weights quantized to int8 at load, activations to uint8 at run time (dynamic quantization): faster on CPUs with integer dot-product instructions.</summary>
    Quantized,

    /// <summary>The model as published, in 32-bit floats.</summary>
    Full,
}
