using Parallax.Tagging;

namespace Parallax.Tests.Tagging;

public class TwoPassTests
{
    private static readonly string[][] Document =
    [
        ["The", "Falcons", "won", "in", "Kent", "."],
        ["Fans", "of", "the", "Falcons", "cheered", "."],
        ["FALCONS", "WIN", "AGAIN"],
    ];

    private static readonly string[][] FirstPass =
    [
        ["O", "B-ORG", "O", "O", "B-LOC", "O"],
        ["O", "O", "O", "B-PER", "O", "O"],
        ["B-ORG", "O", "O"],
    ];

    [Fact]
    public void The_first_pass_is_summed_over_every_capitalised_occurrence_of_a_word_in_the_document()
    {
        var context = new DocumentContext(Document).WithFirstPass(Document, FirstPass);

        var falcons = context.FirstPassOf(WordForm.KeyOf("Falcons"));
        Assert.Equal(0b0011, falcons & 15); // PER and ORG seen
        Assert.Equal(2, (falcons >> 4) & 7); // ORG most often (2 of 3)
        Assert.Equal(3, (falcons >> 7) & 3); // every occurrence inside a name
        Assert.Equal(2, (falcons >> 9) & 3); // 2-3 occurrences
    }

    [Fact]
    public void A_word_the_first_pass_left_outside_every_name_has_no_type_and_a_lowercase_word_no_entry()
    {
        var context = new DocumentContext(Document).WithFirstPass(Document, FirstPass);

        var fans = context.FirstPassOf(WordForm.KeyOf("Fans"));
        Assert.Equal(0, fans & 15);
        Assert.Equal(0, (fans >> 7) & 3);
        Assert.Equal(0, context.FirstPassOf(WordForm.KeyOf("won")));
    }

    [Fact]
    public void The_second_pass_features_change_with_the_first_pass_labels_and_only_for_the_second_pass()
    {
        var plain = new DocumentContext(Document);
        var asTeam = plain.WithFirstPass(Document, FirstPass);
        var asPerson = plain.WithFirstPass(Document, [.. FirstPass.Select(row => row.Select(l => l == "B-ORG" ? "B-PER" : l).ToArray())]);

        Assert.NotEqual(Keys(new EntityFeatures(WordLexicon.Empty, WordClusters.Default, firstPass: true), asTeam), Keys(new EntityFeatures(WordLexicon.Empty, WordClusters.Default, firstPass: true), asPerson));
        Assert.Equal(Keys(new EntityFeatures(WordLexicon.Empty, WordClusters.Default), asTeam), Keys(new EntityFeatures(WordLexicon.Empty, WordClusters.Default), asPerson));
    }

    [Fact]
    public void The_shipped_recogniser_reads_a_document_in_two_passes()
    {
        Assert.NotNull(EntityTagger.Default.FirstPass);
        Assert.Equal("ner-v5", EntityTagger.Default.Model.Features.Name);
        Assert.True(EntityTagger.Default.Read(Document, null).HasFirstPass);
    }

    [Fact]
    public void A_sentence_tagged_alone_reads_like_a_document_of_one_sentence()
    {
        string[] sentence = ["Mara", "Lind", "flew", "from", "Oslo", "to", "Lisbon", "."];

        var alone = EntityTagger.Default.Tag(sentence);
        var asDocument = EntityTagger.Default.TagDocument([sentence])[0];

        Assert.Equal(alone, asDocument);
    }

    private static uint[] Keys(EntityFeatures features, DocumentContext context)
    {
        var buffer = new FeatureBuffer();
        features.Extract(Document[1], null, context, buffer);
        return buffer.Snapshot().Keys;
    }
}
