using Parallax.Text;

namespace Parallax.Tests.Text;

public class SelfReferenceTests
{
    [Fact]
    public void An_outlet_the_text_reports_to_twice_is_the_outlet()
        => Assert.Equal("Reuters", SelfReference.FindOutlet("Officials told Reuters the port would close. A union leader later told Reuters the strike would go on."));

    [Fact]
    public void Spelling_variants_of_one_outlet_count_together()
        => Assert.Equal("Al Jazeera", SelfReference.FindOutlet("Sources revealed to Al-Jazeera that talks stalled. A rebel source told Al Jazeera the offer was new."));

    [Fact]
    public void A_single_mention_is_not_enough()
        => Assert.Null(SelfReference.FindOutlet("The minister told CNN on Sunday that the talks would resume."));

    [Fact]
    public void A_tie_between_outlets_names_none()
        => Assert.Null(SelfReference.FindOutlet("He told CNN one thing and told Reuters another. Then he told CNN more and told Reuters more."));

    [Fact]
    public void An_outlet_mentioned_without_being_told_anything_is_not_a_self_reference()
        => Assert.Null(SelfReference.FindOutlet("Reuters reported the fire. Reuters and CNN both carried the story."));
}
