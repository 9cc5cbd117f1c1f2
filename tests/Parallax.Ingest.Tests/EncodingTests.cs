using System.Text;

namespace Parallax.Ingest.Tests;

/// <summary>Saved pages and text files in the encodings real sites use, declared or not.</summary>
public sealed class EncodingTests
{
    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string French = """
        Le conseil municipal a décidé mardi de fermer le vieux pont du port pendant dix-huit mois de réparations, après que des ingénieurs ont trouvé des fissures dans deux des piliers principaux lors d’une inspection de routine au printemps dernier.
        Les autobus passeront par la route de la rivière, ce qui ajoutera environ dix minutes au trajet de la plupart des usagers, selon le bureau des transports, qui a publié de nouveaux horaires sur son site.
        Les commerçants près du pont craignent de perdre des clients ; plusieurs ont demandé au conseil une aide pour le loyer pendant les travaux, et la maire a promis d’étudier une petite subvention — « nous verrons », a-t-elle dit.
        """;

    private const string Polish = """
        Rada miejska zdecydowała we wtorek o zamknięciu starego mostu portowego na osiemnaście miesięcy, ponieważ inżynierowie znaleźli pęknięcia w dwóch głównych podporach podczas rutynowej kontroli zeszłej wiosny.
        Autobusy pojadą drogą nad rzeką, co wydłuży podróż większości pasażerów o około dziesięć minut, jak podało biuro transportu, które opublikowało nowe rozkłady jazdy na swojej stronie.
        Właściciele sklepów przy moście obawiają się utraty klientów, a kilku z nich poprosiło radę o pomoc w opłaceniu czynszu; burmistrz obiecał przyjrzeć się niewielkiemu programowi dotacji dla źródeł lokalnego handlu.
        """;

    private const string Japanese = """
        市議会は火曜日、港の古い橋を十八か月間閉鎖して修理することを決めた。昨年の春の定期点検で、技術者が主要な支柱二本にひびを見つけたためだ。工事は来月から始まり、費用は市の予算から出される。
        バスは川沿いの道を通ることになり、多くの通勤者にとって移動時間が約十分長くなると、交通局は説明した。交通局は新しい時刻表をウェブサイトで公開し、駅にも掲示している。
        橋の近くの商店主たちは、客を失うことを心配しており、工事の間の家賃について市に支援を求めた。市長は、小さな補助金の制度を検討すると約束し、来週に説明会を開くと話した。
        """;

    private static string Page(string body, string head = "") => $"""
        <!DOCTYPE html>
        <html><head>{head}<title>Bridge</title></head>
        <body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <article>{string.Concat(body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(p => $"<p>{p.Trim()}</p>\n"))}</article>
        <footer><p>Copyright Riverside Media.</p></footer>
        </body></html>
        """;

    private static Article Read(string name, byte[] bytes)
    {
        using var dir = new TempFolder();
        return Loading.Single(dir.WriteBytes(name, bytes));
    }

    [Theory]
    [InlineData("windows-1252", """<meta charset="windows-1252">""")]
    [InlineData("windows-1252", """<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">""")]
    [InlineData("windows-1252", "")]
    public void A_western_page_in_windows_1252_is_decoded_declared_or_not(string encoding, string head)
    {
        var article = Read("page.html", Encoding.GetEncoding(encoding).GetBytes(Page(French, head)));
        Assert.StartsWith("Le conseil municipal a décidé mardi", article.Text, StringComparison.Ordinal);
        Assert.Contains("d’étudier une petite subvention — « nous verrons »", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<meta charset="iso-8859-2">""")]
    [InlineData("""<meta http-equiv="content-type" content='text/html;charset=latin2'>""")]
    [InlineData("")]
    public void A_polish_page_in_iso_8859_2_is_decoded_declared_or_not(string head)
    {
        var article = Read("page.html", Encoding.GetEncoding("iso-8859-2").GetBytes(Page(Polish, head)));
        Assert.StartsWith("Rada miejska zdecydowała we wtorek o zamknięciu", article.Text, StringComparison.Ordinal);
        Assert.Contains("Właściciele sklepów", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<meta charset="Shift_JIS">""")]
    [InlineData("")]
    public void A_japanese_page_in_shift_jis_is_decoded_declared_or_not(string head)
    {
        var article = Read("page.html", Encoding.GetEncoding("shift_jis").GetBytes(Page(Japanese, head)));
        Assert.StartsWith("市議会は火曜日、港の古い橋を", article.Text, StringComparison.Ordinal);
        Assert.Contains("市長は、小さな補助金の制度を検討する", article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16", true, """<meta charset="utf-16">""")]
    [InlineData("utf-16", false, "")]
    [InlineData("utf-16BE", true, "")]
    [InlineData("utf-16BE", false, "")]
    public void A_page_in_utf_16_is_decoded_with_or_without_its_byte_order_mark(string encoding, bool bom, string head)
    {
        var utf16 = Encoding.GetEncoding(encoding);
        var bytes = utf16.GetBytes(Page(Japanese + French, head));
        var article = Read("page.html", bom ? [.. utf16.GetPreamble(), .. bytes] : bytes);
        Assert.Contains("港の古い橋を", article.Text, StringComparison.Ordinal);
        Assert.Contains("Le conseil municipal a décidé", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_english_page_whose_only_non_ascii_bytes_are_curly_quotes_is_windows_1252()
    {
        const string english = """
            The mayor’s office said on Monday that the “temporary” closure of the harbour road would last until spring, because the contractor’s crews had found the old sea wall weaker than the survey showed.
            Residents told the council they hadn’t been asked; one shop owner called the plan “a winter without customers” and said she’d write to the regional paper about it.
            The council’s transport chief said buses would use the hill road instead, and that the town’s ferry would run an extra crossing on Saturdays until the road reopens.
            """;
        var article = Read("page.html", Encoding.GetEncoding("windows-1252").GetBytes(Page(english)));
        Assert.StartsWith("The mayor’s office said on Monday that the “temporary” closure", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_page_that_was_re_saved_as_utf_8_is_read_as_utf_8()
    {
        var article = Read("page.html", Encoding.UTF8.GetBytes(Page(French, """<meta charset="windows-1252">""")));
        Assert.StartsWith("Le conseil municipal a décidé mardi", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_inside_a_comment_is_ignored()
    {
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(Page(Polish, """<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">"""));
        Assert.StartsWith("Rada miejska zdecydowała", Read("page.html", bytes).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_utf_8_page_with_nul_bytes_is_read_without_them()
    {
        var page = Encoding.UTF8.GetBytes(Page(French)).ToList();
        foreach (var at in new[] { page.Count / 2, page.Count / 3, page.Count - 10 })
            page.Insert(at, 0);
        var article = Read("page.html", [.. page]);
        Assert.StartsWith("Le conseil municipal a décidé mardi", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', article.Text);
    }

    [Fact]
    public void A_latin_1_text_file_is_decoded_as_windows_1252()
    {
        var article = Read("note.txt", Encoding.Latin1.GetBytes("Le café de la gare a rouvert ses portes à Noël, après deux ans de travaux."));
        Assert.Equal("Le café de la gare a rouvert ses portes à Noël, après deux ans de travaux.", article.Text);
    }

    [Fact]
    public void A_shift_jis_text_file_is_decoded()
    {
        var article = Read("note.txt", Encoding.GetEncoding("shift_jis").GetBytes(Japanese));
        Assert.StartsWith("市議会は火曜日", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf_16_text_file_without_a_byte_order_mark_is_decoded()
    {
        var article = Read("note.txt", Encoding.Unicode.GetBytes(French));
        Assert.StartsWith("Le conseil municipal a décidé mardi", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_file_with_a_nul_byte_keeps_its_other_lines()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{\"text\":\"First line.\"}\n{\"text\":\"Bro"), 0, .. Encoding.UTF8.GetBytes("ken.\"}\n{\"text\":\"Third line.\"}\n")];
        using var dir = new TempFolder();
        var results = ArticleLoader.Load(dir.WriteBytes("dump.jsonl", bytes)).ToList();
        Assert.Equal(["First line.", "Third line."], results.Where(r => r.IsArticle).Select(r => r.Article!.Text));
        Assert.Contains(":2:", Assert.Single(results, r => !r.IsArticle).Problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5C, 0x72, 0xA8, 0x66 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x00, 0x3E, 0x00, 0x01, 0x00, 0x00, 0x00 })]
    public void Binary_content_is_reported_as_binary(byte[] bytes)
    {
        using var dir = new TempFolder();
        var problem = Loading.SingleProblem(dir.WriteBytes("image.html", bytes));
        Assert.Matches(@"image\.html: binary file \(", problem.Message);
    }

    [Fact]
    public void Random_bytes_are_binary_whatever_their_extension()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        using var dir = new TempFolder();
        Assert.Contains("binary file", Loading.SingleProblem(dir.WriteBytes("noise.txt", bytes)).Message, StringComparison.Ordinal);
    }
}
