using Parallax.Analysis;
using Parallax.Documents;
using Parallax.Quotes;
using Parallax.Text;

namespace Parallax.Tests.Quotes;

public class QuoteExtractorTests
{
    private static readonly AnalysisPipeline Pipeline = new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new QuoteExtractor()).Build();

    private static ArticleAnalysis Analyze(string text) => Pipeline.Analyze(new Article("t1", "Test", text));

    private static Quote Single(string text) => Assert.Single(Analyze(text).Quotes);

    private static string ContentOf(string text, Quote quote) => quote.Content.Of(text);

    [Fact]
    public void Direct_quote_followed_by_he_said_has_the_pronoun_as_speaker()
    {
        const string text = "\"We will leave by May,\" he said.";
        var q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("he", q.Speaker.Text);
        Assert.Equal("said", q.Cue);
        Assert.Equal("say", q.CueLemma);
        Assert.Equal("We will leave by May,", ContentOf(text, q));
    }

    [Fact]
    public void A_hearsay_adverb_does_not_make_the_subject_a_speaker()
    {
        Assert.Empty(Analyze("He reportedly live-streamed the attack on his phone, wearing a helmet camera.").Quotes);
        Assert.Empty(Analyze("The mayor allegedly moved the harbour funds to a private account in 2021.").Quotes);
    }

    [Fact]
    public void Inverted_cue_takes_the_name_after_it()
    {
        var q = Single("“The talks are stalled,” said Maria Olsen.");
        Assert.Equal("Maria Olsen", q.Speaker.Text);
        Assert.True(q.Named);
    }

    [Fact]
    public void Colon_introduces_a_direct_quote()
    {
        const string text = "Olsen said: \"The talks are stalled.\"";
        var q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("The talks are stalled.", ContentOf(text, q));
    }

    [Fact]
    public void Quote_right_after_the_cue_is_direct()
    {
        const string text = "Olsen said \"the talks are stalled.\"";
        var q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("Olsen", q.Speaker.Text);
    }

    [Fact]
    public void Partial_quote_inside_reported_speech_is_indirect()
    {
        const string text = "Karlsson wrote that he wanted the minister \"to understand the urgency of my tone.\"";
        var q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("wrote", q.Cue);
        Assert.StartsWith("that he wanted", ContentOf(text, q), StringComparison.Ordinal);
        Assert.Contains("to understand the urgency", ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_running_over_two_sentences_is_one_quote()
    {
        const string text = "\"We are ready. We have been ready for months,\" she said at a briefing on Monday.";
        var q = Single(text);
        Assert.Equal("We are ready. We have been ready for months,", ContentOf(text, q));
        Assert.Equal(0, q.Sentence);
    }

    [Fact]
    public void A_quote_left_open_at_a_paragraph_end_continues_in_the_next_paragraph()
    {
        const string text = "“The first part is long and it goes on.\n\n“The second part ends here,” Olsen said.";
        var q = Single(text);
        Assert.Equal("Olsen", q.Speaker.Text);
        Assert.StartsWith("The first part", ContentOf(text, q), StringComparison.Ordinal);
        Assert.EndsWith("ends here,", ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Interrupted_quote_keeps_both_pieces()
    {
        const string text = "\"We are ready,\" he said, \"and we will go.\"";
        var q = Single(text);
        Assert.Equal(["We are ready,", "and we will go."], q.ContentParts.Select(p => p.Of(text)));
    }

    [Fact]
    public void Said_that_reports_the_clause_from_that()
    {
        const string text = "Olsen said that the talks were stalled.";
        var q = Single(text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Equal("that the talks were stalled", ContentOf(text, q));
    }

    [Fact]
    public void Said_without_that_reports_the_following_clause()
    {
        const string text = "Olsen said the talks were stalled.";
        Assert.Equal("the talks were stalled", ContentOf(text, Single(text)));
    }

    [Fact]
    public void Told_skips_the_person_addressed()
    {
        const string text = "Olsen told reporters that the talks were stalled.";
        var q = Single(text);
        Assert.Equal("Olsen", q.Speaker.Text);
        Assert.Equal("told", q.Cue);
        Assert.Equal("that the talks were stalled", ContentOf(text, q));
    }

    [Fact]
    public void Told_an_outlet_skips_the_outlet()
    {
        const string text = "A Fjordland source told Radio Vale that the envoy had left.";
        var q = Single(text);
        Assert.Equal("that the envoy had left", ContentOf(text, q));
    }

    [Fact]
    public void According_to_at_the_start_reports_the_rest_of_the_sentence()
    {
        const string text = "According to Fjord News, the convoy left on Monday.";
        var q = Single(text);
        Assert.Equal("Fjord News", q.Speaker.Text);
        Assert.Equal("according to", q.CueLemma);
        Assert.Equal("the convoy left on Monday", ContentOf(text, q));
    }

    [Fact]
    public void According_to_at_the_end_reports_the_clause_before_it()
    {
        const string text = "The convoy left on Monday, according to Fjord News.";
        var q = Single(text);
        Assert.Equal("Fjord News", q.Speaker.Text);
        Assert.Equal("The convoy left on Monday", ContentOf(text, q));
    }

    [Fact]
    public void Postposed_named_speaker_reports_the_clause_before_the_comma()
    {
        const string text = "The convoy left on Monday, Olsen said.";
        var q = Single(text);
        Assert.Equal("Olsen", q.Speaker.Text);
        Assert.Equal("The convoy left on Monday", ContentOf(text, q));
    }

    [Fact]
    public void Adding_that_is_a_second_quote_by_the_same_speaker()
    {
        const string text = "Olsen said the talks were stalled, adding that a deal was still possible.";
        var quotes = Analyze(text).Quotes;
        Assert.Equal(2, quotes.Length);
        Assert.Equal("the talks were stalled", ContentOf(text, quotes[0]));
        Assert.Equal("Olsen", quotes[1].Speaker.Text);
        Assert.Equal("adding", quotes[1].Cue);
        Assert.Equal("add", quotes[1].CueLemma);
        Assert.Equal("that a deal was still possible", ContentOf(text, quotes[1]));
    }

    [Fact]
    public void Noting_that_is_attributed_to_the_main_speaker()
    {
        const string text = "Moreau added that the plan was new, noting that it was not final.";
        var quotes = Analyze(text).Quotes;
        Assert.Equal(["Moreau", "Moreau"], quotes.Select(q => q.Speaker.Text));
        Assert.Equal("note", quotes[1].CueLemma);
    }

    [Fact]
    public void Quoted_as_saying_attributes_to_the_person_quoted()
    {
        const string text = "The Daily Lantern quoted the minister as saying that the border would reopen.";
        var q = Single(text);
        Assert.Equal("the minister", q.Speaker.Text);
        Assert.Equal("that the border would reopen", ContentOf(text, q));
    }

    [Fact]
    public void Relative_clause_between_speaker_and_cue_is_skipped()
    {
        var q = Single("Olsen, who chairs the committee, said the vote would be delayed.");
        Assert.Equal("Olsen", q.Speaker.Text);
    }

    [Fact]
    public void Appositive_name_after_a_description_is_the_speaker()
    {
        var q = Single("A member of the delegation, Rami Haddad, said that progress was slow.");
        Assert.Equal("Rami Haddad", q.Speaker.Text);
        Assert.True(q.Named);
    }

    [Fact]
    public void Description_after_a_name_is_skipped()
    {
        var q = Single("Olsen, the committee chair, said the vote would be delayed.");
        Assert.Equal("Olsen", q.Speaker.Text);
    }

    [Fact]
    public void Verb_with_a_particle_is_one_cue()
    {
        var q = Single("The same sources pointed out that the road was closed.");
        Assert.Equal("pointed out", q.Cue);
        Assert.Equal("point out", q.CueLemma);
    }

    [Theory]
    [InlineData("A Fjordland source told Radio Vale that the envoy had left.", "A Fjordland source")]
    [InlineData("Fjordland government sources revealed that the envoy had left.", "Fjordland government sources")]
    [InlineData("Officials said the road was closed.", "Officials")]
    [InlineData("Another diplomatic source familiar with the letter said it was authentic.", "Another diplomatic source familiar with the letter")]
    [InlineData("Those sources noted that the road was closed.", "Those sources")]
    public void Unnamed_sources_are_anonymous(string text, string speaker)
    {
        var q = Single(text);
        Assert.Equal(speaker, q.Speaker.Text);
        Assert.False(q.Named);
        Assert.Null(q.Speaker.Entity);
    }

    [Fact]
    public void Declined_to_comment_on_is_a_cue()
    {
        const string text = "Olsen declined to comment on the report.";
        var q = Single(text);
        Assert.Equal("declined to comment", q.Cue);
        Assert.Equal("on the report", ContentOf(text, q));
    }

    [Fact]
    public void Cue_words_inside_a_quotation_are_not_cues()
    {
        var q = Single("\"He said nothing to us,\" Olsen said.");
        Assert.Equal("Olsen", q.Speaker.Text);
    }

    [Theory]
    [InlineData("The United States is a large country.")]
    [InlineData("It was reported that the road was closed.")]
    public void Sentences_without_an_attribution_give_no_quotes(string text)
        => Assert.Empty(Analyze(text).Quotes);

    [Fact]
    public void The_rules_alone_take_no_wish_for_a_quote()
        => Assert.Empty(new AnalysisPipelineBuilder().Add(new SentenceSegmenter()).Add(new QuoteExtractor { UseModel = false }).Build()
            .Analyze(new Article("t1", "Test", "She wants to say something about the plan.")).Quotes);

    [Fact]
    public void The_trained_labeller_adds_an_attribution_the_rules_do_not_read()
    {
        const string text = "Ruiz wants to reopen the harbour before the summer.";
        var q = Single(text);
        Assert.Equal("Ruiz", q.Speaker.Text);
        Assert.Equal("wants", q.Cue);
        Assert.StartsWith("to reopen the harbour", ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_passive_is_not_read_as_its_subject_speaking()
        => Assert.Empty(Analyze("Aldo Ferrante is expected to leave the government at the end of February.").Quotes);

    [Fact]
    public void Doubled_apostrophes_work_as_quotation_marks()
    {
        const string text = "''The plan is dead,'' Olsen said.";
        var q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal("The plan is dead,", ContentOf(text, q));
    }

    [Fact]
    public void Speaker_label_opening_a_paragraph_is_a_direct_quote()
    {
        const string text = "HOST: Welcome back to the programme tonight.\n\nOLSEN: Thank you for having me.";
        var quotes = Analyze(text).Quotes;
        Assert.Equal(["HOST", "OLSEN"], quotes.Select(q => q.Speaker.Text));
    }

    [Fact]
    public void Pronoun_speaker_without_entities_names_the_previous_speaker()
    {
        const string text = "Olsen said the talks were stalled.\n\n\"We are ready,\" she said.";
        var quotes = Analyze(text).Quotes;
        Assert.Equal("she", quotes[1].Speaker.Text);
        Assert.Equal("Olsen", quotes[1].Speaker.Antecedent);
        Assert.Null(quotes[1].Speaker.Entity);
        Assert.True(quotes[1].Named);
    }

    [Fact]
    public void Every_span_lies_inside_the_text_and_matches_its_text()
    {
        const string text = "“A,” he said, “B.” Olsen told reporters that C was true, adding that D was. According to Fjord News, E.\n\nThe convoy left, officials said.";
        var analysis = Analyze(text);
        Assert.NotEmpty(analysis.Quotes);
        foreach (var q in analysis.Quotes)
        {
            Assert.Equal(q.Speaker.Text, q.Speaker.Span.Of(text));
            Assert.Equal(q.Cue, q.CueSpan.Of(text));
            Assert.True(q.Content.Start >= 0 && q.Content.End <= text.Length && q.Content.Length > 0);
            Assert.InRange(q.Confidence, 0.0, 1.0);
            Assert.All(q.ContentParts, p => Assert.True(q.Content.Contains(p)));
        }
        Assert.Equal(Enumerable.Range(0, analysis.Quotes.Length), analysis.Quotes.Select(q => q.Index));
    }

    [Theory]
    [InlineData("“Tonight, I want to hear you roar,” a smiling Olsen said.", "a smiling Olsen")]
    [InlineData("“It will pass,” said Michael Berg, the political director of the A.F.L.-C.I.O.", "Michael Berg")]
    [InlineData("“It will pass,” Senate Majority Leader Karl Berg, R-Ky., said Tuesday.", "Senate Majority Leader Karl Berg")]
    [InlineData("“It will pass,” Berg said sarcastically.", "Berg")]
    [InlineData("“It will pass,” Berg, a campaign surrogate, said on Fox News’s “Morning Show.”", "Berg")]
    [InlineData("“It will pass,” Chancellor Anna Olsen told reporters after the meeting that was held on a boat.", "Chancellor Anna Olsen")]
    [InlineData("“It will pass,” Olsen said Friday as she entered the talks.", "Olsen")]
    public void A_quotation_before_its_speaker_is_the_content_whatever_follows_the_cue(string text, string speaker)
    {
        var q = Single(text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.Equal(speaker, q.Speaker.Text);
        Assert.StartsWith(text[1..6], ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_question_then_its_speaker_is_one_direct_quote()
    {
        const string text = "“How many times must we see this?” Olsen asked. “It is unbearable.”";
        var q = Single(text);
        Assert.Equal("Olsen", q.Speaker.Text);
        Assert.Equal(["How many times must we see this?", "It is unbearable."], q.ContentParts.Select(p => p.Of(text)));
    }

    [Fact]
    public void A_quotation_signed_with_a_dash_and_a_name_is_attributed_to_the_name()
    {
        const string text = "“The debate changed my mind.” ― Ana Ruiz “I stay undecided.” ― Karl Berg";
        var quotes = Analyze(text).Quotes;
        Assert.Equal(["Ana Ruiz", "Karl Berg"], quotes.Select(q => q.Speaker.Text));
        Assert.Equal("I stay undecided.", ContentOf(text, quotes[1]));
    }

    [Fact]
    public void An_inverted_said_opening_the_sentence_takes_the_name_before_the_colon()
    {
        var q = Single("Said Ellis: “I don’t think she is interested.”");
        Assert.Equal("Ellis", q.Speaker.Text);
        Assert.Equal("say", q.CueLemma);
    }

    [Fact]
    public void Continued_with_a_colon_introduces_a_direct_quote()
    {
        var q = Single("Berg continued: “They are demanding this.”");
        Assert.Equal("Berg", q.Speaker.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
    }

    [Fact]
    public void A_participle_cue_after_an_introductory_phrase_takes_the_main_subject()
    {
        var q = Assert.Single(Analyze("In a speech on security, Berg attacked Olsen over the port, saying, \"She is reckless.\"").Quotes, q => q.Cue == "saying");
        Assert.Equal("Berg", q.Speaker.Text);
    }

    [Fact]
    public void A_name_closing_an_introductory_phrase_is_the_speaker()
    {
        var q = Single("In a radio interview Berg declared “I think the alliance is obsolete.”");
        Assert.Equal("Berg", q.Speaker.Text);
    }

    [Fact]
    public void A_participle_cue_takes_the_subject_before_its_appositive()
    {
        var q = Single("Dean, a former committee chairman, poked at Berg during the debate, tweeting, “Notice the sniffing.”");
        Assert.Equal("Dean", q.Speaker.Text);
    }

    [Fact]
    public void An_editors_note_gives_no_quote()
        => Assert.Empty(Analyze("The port closed.\n\nEditor's note: Karl Berg has said that the port is a fraud.\n").Quotes);

    [Fact]
    public void A_signed_quotation_whose_marks_do_not_pair_is_still_attributed()
    {
        const string text = "”Fear is what I feel.” ― Ana Ruiz";
        var q = Single(text);
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
        Assert.Equal("Fear is what I feel.", ContentOf(text, q));
    }

    [Fact]
    public void A_transcript_quoted_a_paragraph_at_a_time_gives_each_labelled_turn_to_its_speaker()
    {
        const string text = "A partial transcript follows:\n\n\"KOVAC: Let us begin with the harbour strike. Will the port reopen this week?\n\n"
            + "\"ADEYEMI: The port will reopen on Monday, and every crew will be paid in full.\n";
        var quotes = Analyze(text).Quotes;
        Assert.Equal(["KOVAC", "ADEYEMI"], quotes.Select(q => q.Speaker.Text));
        Assert.Equal("The port will reopen on Monday, and every crew will be paid in full.", ContentOf(text, quotes[1]));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
    }

    [Fact]
    public void A_quoted_paragraph_opening_with_a_capitalised_word_and_a_colon_is_no_speaker_label()
        => Assert.DoesNotContain(Analyze("\"Note: the harbour stays closed until the crews are paid, and nobody will say when.\n").Quotes, q => q.Speaker.Text == "Note");

    [Fact]
    public void A_name_between_a_dash_and_a_colon_speaks_the_quotation_after_it()
    {
        const string text = "Late deciders broke for the challenger - Ana Ruiz: “Every county we polled moved in the final week, and the margin was larger than we thought.”";
        var q = Single(text);
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
        Assert.Equal(QuoteKind.Direct, q.Kind);
        Assert.StartsWith("Every county we polled", ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_finite_verb_after_the_cue_ends_no_inverted_speaker_so_the_subject_before_the_relative_clause_speaks()
    {
        const string text = "Maria Olsen, who watched the vote from the gallery, said the result brought back memories of her father.";
        var q = Single(text);
        Assert.Equal("Maria Olsen", q.Speaker.Text);
        Assert.Equal("the result brought back memories of her father", ContentOf(text, q).TrimEnd('.'));
    }

    [Theory]
    [InlineData("The senator repeated a false claim that the harbour had been sold to a foreign fund.", "a false")]
    [InlineData("Officials who spoke with the radio station said the port would reopen on Monday.", "spoke with the radio station")]
    public void A_speaker_the_rules_read_is_a_noun_phrase(string text, string notSpeaker)
        => Assert.DoesNotContain(Analyze(text).Quotes, q => q.Speaker.Text == notSpeaker);

    [Fact]
    public void A_stance_after_a_copula_is_the_subject_s_own()
    {
        const string text = "Mr. Okafor is convinced that the harbour will reopen before the summer.";
        var q = Single(text);
        Assert.Equal("Mr. Okafor", q.Speaker.Text);
        Assert.Contains("the harbour will reopen", ContentOf(text, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_title_before_the_speaker_is_not_what_the_speaker_says()
    {
        const string text = "Speaking on Channel Nine’s “Morning Desk,” Ana Ruiz said if the crews are paid the port will reopen on Monday.";
        var q = Single(text);
        Assert.Equal("Ana Ruiz", q.Speaker.Text);
        Assert.Equal(QuoteKind.Indirect, q.Kind);
        Assert.Contains("the port will reopen on Monday", ContentOf(text, q), StringComparison.Ordinal);
    }
}
