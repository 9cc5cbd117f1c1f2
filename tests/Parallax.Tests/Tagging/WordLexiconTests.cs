using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class WordLexiconTests
{
    private const int Lowercase = 1, Capitalised = 2, Both = 3;

    [Fact]
    public void Given_web_text_when_the_lexicon_is_built_then_it_counts_in_the_case_class_but_not_in_the_news_case_class()
    {
        var builder = new WordLexicon.Builder();
        builder.Add(["The", "harbour", "board", "said", "hope", "remained", "."], null);
        builder.Add(["Thanks", "and", "Hope", "you", "enjoy", "the", "Lockdown", "!"], null, news: false);

        var lexicon = builder.Build();

        Assert.Equal(Both, WordLexicon.CaseClass(lexicon["hope"]));
        Assert.Equal(Lowercase, WordLexicon.NewsCaseClass(lexicon["hope"]));
        Assert.Equal(Capitalised, WordLexicon.CaseClass(lexicon["lockdown"]));
        Assert.Equal(0, WordLexicon.NewsCaseClass(lexicon["lockdown"]));
    }

    [Fact]
    public void Given_news_text_only_when_the_lexicon_is_built_then_both_case_classes_agree()
    {
        var builder = new WordLexicon.Builder();
        builder.Add(["The", "board", "met", "Marta", "Olsson", "in", "the", "port", "."], null);

        var lexicon = builder.Build();

        foreach (var word in new[] { "board", "olsson", "port" })
            Assert.Equal(WordLexicon.CaseClass(lexicon[word]), WordLexicon.NewsCaseClass(lexicon[word]));
        Assert.Equal(Capitalised, WordLexicon.NewsCaseClass(lexicon["olsson"]));
    }
}
