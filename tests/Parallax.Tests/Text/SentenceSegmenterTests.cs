using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Text;

namespace Parallax.Tests.Text;

public class SentenceSegmenterTests
{
    private static ArticleAnalysis Segment(string text)
        => new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Build().Analyze(new Article("a1", "T", text));

    private static string[] Sentences(string text) => [.. Segment(text).Sentences.Select(s => s.Text)];

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
        => Assert.Equal(["Gen. Mark T. Rowe met U.N. staff on Jan. 5 in Oslo.", "He left."], Sentences("Gen. Mark T. Rowe met U.N. staff on Jan. 5 in Oslo. He left."));

    [Fact]
    public void An_acronym_at_the_end_of_a_sentence_ends_it_before_a_sentence_starter()
        => Assert.Equal(["Aid came from the U.S.", "The rest came later."], Sentences("Aid came from the U.S. The rest came later."));

    [Fact]
    public void Decimal_numbers_do_not_end_sentences()
        => Assert.Equal(["Growth was 3.5 percent.", "It fell."], Sentences("Growth was 3.5 percent. It fell."));

    [Fact]
    public void A_quote_that_spans_sentences_is_split_inside_and_closed_with_its_mark()
        => Assert.Equal(["\"We will stay.", "We have work to do,\" she said.", "Then she left."], Sentences("\"We will stay. We have work to do,\" she said. Then she left."));

    [Fact]
    public void A_closing_quote_belongs_to_the_sentence_it_ends()
        => Assert.Equal(["He wrote: \"Come now.\"", "Nobody came."], Sentences("He wrote: \"Come now.\" Nobody came."));

    [Fact]
    public void A_straight_quote_after_a_space_opens_the_next_sentence()
        => Assert.Equal(["Berg said the port was open.", "\"We will win,\" the mayor told reporters."], Sentences("Berg said the port was open. \"We will win,\" the mayor told reporters."));

    [Fact]
    public void A_straight_quote_right_after_the_full_stop_closes_its_sentence()
        => Assert.Equal(["She said: \"We will win.\"", "Then she left."], Sentences("She said: \"We will win.\" Then she left."));

    [Fact]
    public void Exclamation_before_a_lower_case_word_does_not_end_the_sentence()
        => Assert.Single(Sentences("\"Stop!\" he shouted at the crowd."));

    [Fact]
    public void Ellipsis_before_a_capital_ends_the_sentence()
        => Assert.Equal(2, Sentences("He paused... Then he went on.").Length);

    [Fact]
    public void A_short_line_without_final_punctuation_between_paragraphs_is_a_heading()
    {
        var doc = Segment("The talks began in spring.\n\nA New Offer\n\nThe offer came later.");
        Assert.Equal("A New Offer", Assert.Single(doc.Headings).Text);
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void The_last_line_is_never_a_heading()
        => Assert.Empty(Segment("The talks began.\n\nMore to come").Headings);

    [Fact]
    public void Sentence_ids_and_offsets_point_into_the_text()
    {
        const string text = "First one here.  Second one here.\nThird.";
        var doc = Segment(text);
        Assert.Equal(3, doc.Sentences.Length);
        foreach (var s in doc.Sentences)
            Assert.Equal(s.Text, text[s.Start..s.End]);
        Assert.Equal("a1.s2", doc.Sentences[1].IdIn("a1"));
    }

    [Fact]
    public void Hard_wrapped_lines_are_joined_into_one_sentence()
    {
        var doc = Segment("The committee said on Tuesday that the new rules would take effect\nnext month after a vote.");
        Assert.Single(doc.Sentences);
    }

    [Fact]
    public void Tokens_of_a_sentence_lie_inside_it()
    {
        var doc = Segment("One. Two words here! Three?");
        foreach (var s in doc.Sentences)
        {
            foreach (var t in doc.TokensOf(s))
                Assert.True(s.Start <= t.Start && t.End <= s.End);
        }
    }

    [Theory]
    [InlineData("Senator Lindsey Berg (R-S.C.) said the bill would pass. It did not.")]
    [InlineData("Representative Ana Ruiz (D-Calif.) said the bill would pass. It did not.")]
    [InlineData("The leader, Karl Berg, R-Ky., said the bill would pass. It did not.")]
    [InlineData("State Del. Marcia Price said the bill would pass. It did not.")]
    public void Party_labels_and_their_state_abbreviations_do_not_end_sentences(string text)
        => Assert.Equal(2, Sentences(text).Length);

    [Theory]
    [InlineData("Editor’s note: Karl Berg regularly says the port is closed, a claim critics call false.")]
    [InlineData("Sign up for our newsletter to get the day's news.")]
    [InlineData("GAZETTE READERS: What is happening in your town? Tell us.")]
    [InlineData("Photo: Ana Ruiz/Getty Images")]
    [InlineData("Read the rest here.")]
    public void Site_boilerplate_is_kept_out_of_the_sentences_and_marked(string line)
    {
        var doc = Segment("The port closed on Monday.\n\n" + line + "\n\nIt reopened on Friday.");
        Assert.Equal(["The port closed on Monday.", "It reopened on Friday."], doc.Sentences.Select(s => s.Text));
        Assert.True(Assert.Single(doc.Headings).Boilerplate);
    }

    [Theory]
    [InlineData("Copyright law was the subject of the talks.")]
    [InlineData("Photo IDs were required at the polls.")]
    public void Sentences_that_merely_open_like_boilerplate_stay_sentences(string line)
        => Assert.Equal(3, Segment("The port closed on Monday.\n\n" + line + "\n\nIt reopened on Friday.").Sentences.Length);

    [Fact]
    public void A_quoted_question_stays_with_the_clause_naming_its_speaker()
        => Assert.Equal(["“Why now?” Olsen asked.", "Nobody answered."], Sentences("“Why now?” Olsen asked. Nobody answered."));
}

public class TextCleanerTests
{
    [Fact]
    public void Whitespace_runs_collapse_and_paragraphs_keep_one_blank_line()
        => Assert.Equal("A b c.\n\nD e.", TextCleaner.Clean("  A \t b\u00A0 c.\r\n\r\n\r\n D  e.  "));

    [Fact]
    public void Text_is_normalised_to_NFC()
        => Assert.Equal("caf\u00E9", TextCleaner.Clean("cafe\u0301"));

    [Fact]
    public void Cleaning_is_idempotent()
    {
        var once = TextCleaner.Clean(" x\r\ny \n\n\n z\u200B ");
        Assert.Equal(once, TextCleaner.Clean(once));
    }
}

public class DatelineTests
{
    [Theory]
    [InlineData("Washington(CNN) The talks went on.", "Washington", "CNN")]
    [InlineData("LONDON (Reuters) - The talks went on.", "London", "Reuters")]
    [InlineData("KABUL, March 8 (AP) — The talks went on.", "Kabul", "AP")]
    [InlineData("PARIS — The talks went on.", "Paris", null)]
    public void Datelines_give_place_and_outlet(string text, string place, string? outlet)
    {
        var dateline = Dateline.Find(text);
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline.Place);
        Assert.Equal(outlet, dateline.Outlet);
        Assert.Equal("The talks went on.", text[dateline.Length..]);
    }

    [Theory]
    [InlineData("The talks (which began in May) went on.")]
    [InlineData("Officials in Kabul said the talks went on.")]
    public void Ordinary_first_sentences_are_not_datelines(string text) => Assert.Null(Dateline.Find(text));

}
