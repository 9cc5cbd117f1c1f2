using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Parallax.Reports.Html;

/// <summary>
/// Renders the HTML pages of Parallax (the offline report and the pages of <c>parallax serve</c>) from Razor components,
/// outside a web app, with ASP.NET Core's static <see cref="HtmlRenderer"/>. Every value a component writes is
/// HTML-encoded by the renderer; only the report's own stylesheet and script are written as markup.
/// </summary>
public static class HtmlTemplates
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    /// <summary>
    /// Renders the page component <typeparamref name="TPage"/>, whose components read <paramref name="model"/> as a
    /// cascading value of type <typeparamref name="TModel"/> (so the model's type need not be public).
    /// </summary>
    public static string Render<TPage, TModel>(TModel model)
        where TPage : IComponent
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(model);
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [ModelRoot<TPage, TModel>.ModelParameter] = model });
        return renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<ModelRoot<TPage, TModel>>(parameters).ConfigureAwait(false)).ToHtmlString())
            .GetAwaiter().GetResult();
    }
}
