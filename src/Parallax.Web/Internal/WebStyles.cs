namespace Parallax.Web.Internal;

/// <summary>The few rules the list and search pages add to the reports' stylesheet.</summary>
internal static class WebStyles
{
    public const string Css = """
        .search { display: flex; gap: 8px; margin: 10px 0 14px; max-width: 640px; }
        .search input { flex: 1; padding: 6px 10px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
        .search button { padding: 6px 14px; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; }
        .stories td a { color: var(--accent); text-decoration: none; }
        .stories td a:hover { text-decoration: underline; }
        .hits a, .entity-stories a { color: var(--accent); text-underline-offset: 2px; }
        .stories .sid, .hits .sid { font: 12px ui-monospace, Menlo, Consolas, monospace; color: var(--muted); }
        .stories td.when { white-space: nowrap; }
        .pager { display: flex; gap: 16px; margin: 8px 0; font-size: 14px; }
        .pager a { color: var(--accent); }
        .hits li { padding: 8px 0; }
        .hits li .meta { color: var(--muted); font-size: 13px; }
        .hits .snippet { font-size: 14px; margin-top: 2px; }
        .hits .snippet mark { background: #fff0b3; color: inherit; border-bottom: 0; font-weight: 600; }
        .error { max-width: 640px; }
        .compare fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0 0 12px; padding: 8px 12px; }
        .compare legend { font-weight: 600; padding: 0 4px; }
        .compare label { display: block; font-size: 14px; margin: 6px 0 2px; }
        .compare label.store { display: inline; font-size: inherit; }
        .compare input:not([type]), .compare textarea { width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid var(--muted); border-radius: 6px; font: inherit; }
        .compare button { padding: 8px 18px; border: 1px solid var(--accent); border-radius: 6px; background: var(--accent); color: #fff; font: inherit; cursor: pointer; }
        .compare :focus-visible, .search :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

        """;
}
