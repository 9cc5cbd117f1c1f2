using Parallax.Text;

namespace Parallax.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.TextIn(text))];

    [Fact]
    public void Acronyms_with_periods_stay_whole()
        => Assert.Equal(["The", "U.S.", "envoy", "left", "."], Words("The U.S. envoy left."));

    [Fact]
    public void Possessive_clitics_are_split_off()
        => Assert.Equal(["Washington", "’s", "vision", "and", "Kabul", "'s"], Words("Washington’s vision and Kabul's"));

    [Fact]
    public void Decimal_and_grouped_numbers_are_one_token()
        => Assert.Equal(["3.5", "percent", "of", "1,200", "troops"], Words("3.5 percent of 1,200 troops"));

    [Fact]
    public void Known_abbreviations_keep_their_period()
        => Assert.Equal(["Gen.", "Smith", "arrived", "on", "Jan.", "5", "."], Words("Gen. Smith arrived on Jan. 5."));

    [Fact]
    public void Hyphenated_words_stay_whole()
        => Assert.Equal(["a", "power-sharing", "deal"], Words("a power-sharing deal"));

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  He said: \"No.\"";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.False(string.IsNullOrWhiteSpace(token.TextIn(text)));
        Assert.Equal(["He", "said", ":", "\"", "No", ".", "\""], Words(text));
    }

    [Fact]
    public void Party_labels_keep_their_state_abbreviation_whole()
        => Assert.Equal(["Berg", "(", "R-S.C.", ")", "and", "Ruiz", "(", "D-Calif.", ")"], Words("Berg (R-S.C.) and Ruiz (D-Calif.)"));
}
