using Microsoft.AspNetCore.Components;

namespace Parallax.Reports.Html;

/// <summary>The root of a rendered page: hands the page's model to every component below it as a fixed cascading value.</summary>
internal sealed class ModelRoot<TPage, TModel> : IComponent
    where TPage : IComponent
    where TModel : class
{
    public const string ModelParameter = "Model";

    private RenderHandle _handle;

    public void Attach(RenderHandle renderHandle) => _handle = renderHandle;

    public Task SetParametersAsync(ParameterView parameters)
    {
        var model = parameters.GetValueOrDefault<TModel>(ModelParameter) ?? throw new InvalidOperationException($"No {typeof(TModel).Name} to render {typeof(TPage).Name} from.");
        _handle.Render(builder =>
        {
            builder.OpenComponent<CascadingValue<TModel>>(0);
            builder.AddComponentParameter(1, nameof(CascadingValue<TModel>.Value), model);
            builder.AddComponentParameter(2, nameof(CascadingValue<TModel>.IsFixed), true);
            builder.AddComponentParameter(3, nameof(CascadingValue<TModel>.ChildContent), (RenderFragment)(page =>
            {
                page.OpenComponent<TPage>(0);
                page.CloseComponent();
            }));
            builder.CloseComponent();
        });
        return Task.CompletedTask;
    }
}
