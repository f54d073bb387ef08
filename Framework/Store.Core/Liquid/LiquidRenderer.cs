using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Store.Core.Liquid;

/// <summary>
/// Renders a view and its layout. Each template is parsed once and kept. A view picks its layout with
/// <c>{% assign layout = "none" %}</c> (or another layout's name); values it assigns, such as
/// <c>title</c>, are seen by the layout because both render in one context.
/// </summary>
public sealed class LiquidRenderer(TemplateCatalog catalog, TemplateOptions options)
{
    public const string DefaultLayout = "Layout";
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.OrdinalIgnoreCase);

    public TemplateOptions Options => options;

    public bool Exists(string name) => catalog.TryGetSource(name, out _);

    /// <summary>Renders <paramref name="view"/> inside its layout; <paramref name="values"/> become top-level variables.</summary>
    public async Task<string> RenderPageAsync(string view, object? model, IReadOnlyDictionary<string, object?> values, IReadOnlyDictionary<string, object> ambient)
    {
        var context = model is null ? new TemplateContext(options) : new TemplateContext(model, options);
        foreach (var (name, value) in values)
        {
            context.SetValue(name, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }

        foreach (var (name, value) in ambient)
        {
            context.AmbientValues[name] = value;
        }

        // Not isolated: what the view assigns (title, layout) must stay visible to the layout.
        var body = await GetTemplate(view).RenderAsync(context, HtmlEncoder.Default, isolateContext: false);
        var layout = context.GetValue("layout").ToStringValue();
        if (string.Equals(layout, "none", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        context.SetValue("content", new StringValue(body, encode: false));
        return await GetTemplate(string.IsNullOrEmpty(layout) ? DefaultLayout : layout).RenderAsync(context, HtmlEncoder.Default, isolateContext: false);
    }

    /// <summary>Renders one template on its own, without layout (emails, partial updates).</summary>
    public async Task<string> RenderAsync(string name, object? model, IReadOnlyDictionary<string, object?>? values = null)
    {
        var context = model is null ? new TemplateContext(options) : new TemplateContext(model, options);
        foreach (var (key, value) in values ?? new Dictionary<string, object?>())
        {
            context.SetValue(key, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }

        return await GetTemplate(name).RenderAsync(context, HtmlEncoder.Default);
    }

    internal IFluidTemplate GetTemplate(string name) => _parsed.GetOrAdd(name, Parse);

    private IFluidTemplate Parse(string name)
    {
        if (!catalog.TryGetSource(name, out var source))
        {
            throw new InvalidOperationException($"No Liquid template named '{name}' in Core, the modules or the theme.");
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new InvalidOperationException($"Liquid template '{name}' does not parse: {error}");
        }

        return template;
    }
}
