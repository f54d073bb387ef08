using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

public sealed class LocalizationFiltersTests
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    // Encodes markup but leaves accented letters readable, as an HTML page would.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly PoStringLocalizerFactory _factory = new([typeof(LocalizationFiltersTests).Assembly]);

    [Theory]
    [InlineData("{{ \"Add to cart\" | t }}", "Ajouter au panier")]
    [InlineData("{{ \"Hello {0}\" | t: name }}", "Bonjour Ana")]
    [InlineData("{{ \"Order\" | t }}", "Commande")]
    [InlineData("{{ \"Order\" | t: context: \"verb\" }}", "Commander")]
    [InlineData("{{ \"Hello {0}\" | t: name, context: \"none\" }}", "Hello Ana")]
    [InlineData("{{ \"{0} item\" | t_plural: \"{0} items\", 1 }}", "1 article")]
    [InlineData("{{ \"{0} item\" | t_plural: \"{0} items\", count }}", "3 articles")]
    [InlineData("{{ \"{0} item\" | t_plural: \"{0} items\", 0 }}", "0 article")]
    [InlineData("{{ \"Not in catalog {0}\" | t: 2.5 }}", "Not in catalog 2,5")]
    [InlineData("{{ \"Broken {0\" | t: name }}", "Cassé {0")]
    public async Task Renders_french(string source, string expected)
    {
        using var _ = new CultureScope("fr");

        Assert.Equal(expected, await RenderAsync(source, withLocalizer: true));
    }

    [Theory]
    [InlineData("{{ \"Add to cart\" | t }}", "Add to cart")]
    [InlineData("{{ \"Hello {0}\" | t: name }}", "Hello Ana")]
    [InlineData("{{ \"Order\" | t: context: \"verb\" }}", "Order")]
    [InlineData("{{ \"{0} item\" | t_plural: \"{0} items\", 1 }}", "1 item")]
    [InlineData("{{ \"{0} item\" | t_plural: \"{0} items\", count }}", "3 items")]
    public async Task Without_a_localizer_formats_the_msgid(string source, string expected)
    {
        using var _ = new CultureScope("fr");

        Assert.Equal(expected, await RenderAsync(source, withLocalizer: false));
    }

    [Fact]
    public async Task Output_is_html_encoded()
    {
        using var _ = new CultureScope("fr");

        Assert.Equal("&lt;b&gt;Attention&lt;/b&gt;", await RenderAsync("{{ \"Warning\" | t }}", withLocalizer: true));
        Assert.Equal("Bonjour &lt;i&gt;", await RenderAsync("{{ \"Hello {0}\" | t: html }}", withLocalizer: true));
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        LocalizationFilters.Register(options);
        return options;
    }

    private async Task<string> RenderAsync(string source, bool withLocalizer)
    {
        Assert.True(Parser.TryParse(source, out var template, out var error), error);
        var context = new TemplateContext(new { name = "Ana", count = 3, html = "<i>" }, Options);
        if (withLocalizer)
        {
            context.AmbientValues[LocalizationFilters.LocalizerKey] = _factory.Localizer;
        }

        // Pages render with an HTML encoder; Fluid's parameterless overload would not encode at all.
        return await template.RenderAsync(context, Encoder);
    }
}
