using System.Globalization;
using Parallax.Documents;

namespace Parallax.Entities;

/// <summary>
/// The normalised value of a number mention, as written to and read from <see cref="Mention.Value"/>:
/// <c>[qualifier][currency]amount[%]</c>, <c>[currency]low..high[%]</c> for a range, or <c>#n</c> for an ordinal.
/// </summary>
/// <param name="Low">Lowest value the text allows.</param>
/// <param name="High">Highest value the text allows (infinity for "more than").</param>
/// <param name="Amount">The figure written (the lower end of a range).</param>
/// <param name="Qualifier">"" (exact), "~" (about), "&gt;", "&gt;=", "&lt;", "&lt;=" or ".." (a range).</param>
/// <param name="Currency">"$", "€", "£" or "".</param>
/// <param name="Percent">True for a percentage.</param>
internal readonly record struct NumberValue(double Low, double High, double Amount, string Qualifier, string Currency, bool Percent)
{
    /// <summary>How far either side of an approximate figure ("about 2,000") the true one may lie at most, as a share of it.</summary>
    public const double Tolerance = 0.1;

    /// <summary>How many units of its last significant digit an approximate figure may be off, as written: "about 228 million" is 223 to 233 million.</summary>
    private const double LastDigitUnits = 5;

    public bool IsExact => Qualifier.Length == 0;

    /// <summary>
    /// How far either side of "about <paramref name="amount"/>" the true figure may lie: <see cref="Tolerance"/> of it, but no more than
    /// <see cref="LastDigitUnits"/> units of the last digit it is written to ("about 2,000": 1,800 to 2,200; "about 228 million": 223 to 233 million).
    /// </summary>
    private static double Slack(double amount)
    {
        var magnitude = Math.Abs(amount);
        if (magnitude == 0 || double.IsInfinity(magnitude))
            return 0;
        var unit = Math.Pow(10, Math.Floor(Math.Log10(magnitude)));
        while (unit > 1e-6 && Math.Abs(magnitude / unit - Math.Round(magnitude / unit)) > 1e-6)
            unit /= 10;
        return Math.Min(Tolerance * magnitude, LastDigitUnits * unit);
    }

    private static NumberValue Approximate(double amount, double slack, string currency, bool percent) => new(amount - slack, amount + slack, amount, "~", currency, percent);

    public static NumberValue Exact(double amount, string currency = "", bool percent = false) => new(amount, amount, amount, "", currency, percent);

    public static NumberValue Qualified(string qualifier, double amount, string currency = "", bool percent = false) => qualifier switch
    {
        "~" => Approximate(amount, Slack(amount), currency, percent),
        ">" or ">=" => new(amount, double.PositiveInfinity, amount, qualifier, currency, percent),
        "<" or "<=" => new(0, amount, amount, qualifier, currency, percent),
        _ => Exact(amount, currency, percent),
    };

    public static NumberValue Range(double low, double high, string currency = "", bool percent = false) => new(low, high, low, "..", currency, percent);

    /// <summary>True when one true figure can satisfy both texts ("about 2,000" and "1,950"; "more than 1,000" and "1,200").</summary>
    public bool Agrees(NumberValue other) => Low <= other.High && other.Low <= High;

    public override string ToString()
    {
        var suffix = Percent ? "%" : "";
        return Qualifier == ".."
            ? $"{Currency}{Format(Low)}..{Format(High)}{suffix}"
            : $"{Qualifier}{Currency}{Format(Amount)}{suffix}";
    }

    /// <summary>Reads a number value; false for an ordinal, a null value or anything else.</summary>
    public static bool TryParse(string? value, out NumberValue result)
    {
        result = default;
        if (string.IsNullOrEmpty(value) || value[0] == '#')
            return false;
        var s = value.AsSpan();
        var qualifier = s.StartsWith(">=") || s.StartsWith("<=") ? s[..2].ToString() : s[0] is '~' or '>' or '<' ? s[..1].ToString() : "";
        s = s[qualifier.Length..];
        var currency = s.Length > 0 && s[0] is '$' or '€' or '£' ? s[..1].ToString() : "";
        s = s[currency.Length..];
        var percent = s.EndsWith("%");
        if (percent)
            s = s[..^1];
        var dots = s.IndexOf("..");
        if (dots >= 0)
        {
            if (!TryNumber(s[..dots], out var low) || !TryNumber(s[(dots + 2)..], out var high))
                return false;
            result = Range(low, high, currency, percent);
            return true;
        }
        if (!TryNumber(s, out var amount))
            return false;
        result = Qualified(qualifier, amount, currency, percent);
        return true;
    }

    /// <summary>The value without its qualifier: mentions of one figure, hedged or not, name the same thing.</summary>
    public static string KeyOf(string value) => TryParse(value, out var v) && v.Qualifier is not ("" or "..") ? (v with { Qualifier = "" }).ToString() : value;

    private static bool TryNumber(ReadOnlySpan<char> s, out double number) => double.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);

    public static string Format(double number) => number.ToString("0.####", CultureInfo.InvariantCulture);
}
