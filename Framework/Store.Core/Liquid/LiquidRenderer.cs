using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.Localization;
using Store.Core.Localization;

namespace Store.Core.Liquid;

/// <summary>
/// Renders a view and its layout. Each template is parsed once and kept. A view picks its layout with
/// <c>{% assign layout = "none" %}</c> (or another layout's name); values it assigns, such as
/// <c>title</c>, are seen by the layout because both render in one context.
/// </summary>
public sealed class LiquidRenderer(TemplateCatalog catalog, TemplateOptions options, IStringLocalizerFactory localizers)
{
    public const string DefaultLayout = "Layout";
    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });
    // Encodes what HTML needs encoded, but leaves letters such as é or ж readable in the page source.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly ConcurrentDictionary<string, IFluidTemplate> _parsed = new(StringComparer.OrdinalIgnoreCase);

    public TemplateOptions Options => options;

    public bool Exists(string name) => catalog.TryGetSource(name, out _);

    /// <summary>Renders <paramref name="view"/> inside its layout; <paramref name="values"/> become top-level variables.</summary>
    public async Task<string> RenderPageAsync(string view, object? model, IReadOnlyDictionary<string, object?> values)
    {
        var context = CreateContext(model, values);

        // Not isolated: what the view assigns (title, layout) must stay visible to the layout.
        var body = await GetTemplate(view).RenderAsync(context, Encoder, isolateContext: false);
        var layout = context.GetValue("layout").ToStringValue();
        if (string.Equals(layout, "none", StringComparison.OrdinalIgnoreCase))
        {
            return body;
        }

        context.SetValue("content", new StringValue(body, encode: false));
        return await GetTemplate(string.IsNullOrEmpty(layout) ? DefaultLayout : layout).RenderAsync(context, Encoder, isolateContext: false);
    }

    /// <summary>Renders one template on its own, without layout (emails, partial updates).</summary>
    public async Task<string> RenderAsync(string name, object? model, IReadOnlyDictionary<string, object?>? values = null)
    {
        var context = CreateContext(model, values);
        return await GetTemplate(name).RenderAsync(context, Encoder);
    }

    // Text is translated into, and numbers and dates formatted for, the culture of the current request.
    internal TemplateContext CreateContext(object? model, IReadOnlyDictionary<string, object?>? values)
    {
        var context = model is null ? new TemplateContext(options) : new TemplateContext(model, options);
        context.CultureInfo = CultureInfo.CurrentCulture;
        context.AmbientValues[LocalizationFilters.LocalizerKey] = localizers.Create(typeof(LiquidRenderer));
        foreach (var (key, value) in values ?? new Dictionary<string, object?>())
        {
            context.SetValue(key, value is null ? NilValue.Instance : FluidValue.Create(value, options));
        }

        return context;
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
