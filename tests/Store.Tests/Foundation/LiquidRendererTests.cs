using System.Net;
using Fluid;
using Microsoft.Extensions.Localization;
using Store.Core.Liquid;
using Store.Core.Localization;
using Store.Core.Modules;
using Store.Tests.Infrastructure;

namespace Store.Tests.Foundation;

public sealed class LiquidRendererTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    // This test assembly plays the theme: its embedded Views/ override Core's templates of the same name.
    private static readonly ModuleCatalog Modules = new([], typeof(LiquidRendererTests).Assembly);

    private static LiquidRenderer Renderer(int maxSteps = 100_000)
    {
        var catalog = new TemplateCatalog(Modules);
        var options = new TemplateOptions { MaxSteps = maxSteps, FileProvider = new TemplateFileProvider(catalog) };
        return new LiquidRenderer(catalog, options, new PoStringLocalizerFactory([]));
    }

    [Fact]
    public void A_theme_template_overrides_the_template_of_the_same_name()
    {
        var catalog = new TemplateCatalog(Modules);

        Assert.True(catalog.TryGetSource("Setup/Index", out var source));
        Assert.Equal("theme setup page", source);
    }

    [Fact]
    public async Task Output_is_html_encoded_but_letters_stay_readable()
    {
        var html = await Renderer().RenderAsync("Test/Echo", null, new Dictionary<string, object?> { ["text"] = "<script>alert('x')</script> café" });

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("café", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_runaway_template_is_stopped_by_the_step_limit()
    {
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Renderer(maxSteps: 1_000).RenderAsync("Test/Loop", null));
    }

    [Fact]
    public async Task Partials_render_from_the_catalog()
    {
        var html = await Renderer().RenderAsync("Test/WithPartial", null, new Dictionary<string, object?> { ["who"] = "Ann" });

        Assert.Equal("Hi Ann!", html);
    }

    [Fact]
    public void Every_shipped_template_parses()
    {
        var catalog = new TemplateCatalog(new ModuleCatalog([new Store.Accounts.AccountsModule()], Store.Theme.StoreTheme.Assembly));
        var parser = new FluidParser();
        foreach (var name in catalog.Names)
        {
            Assert.True(catalog.TryGetSource(name, out var source));
            Assert.True(parser.TryParse(source, out _, out var error), $"{name}: {error}");
        }

        Assert.Contains("Layout", catalog.Names);
    }

    [Fact]
    public async Task Storefront_speaks_french_when_asked_and_english_otherwise()
    {
        var client = app.Browser();

        var french = await client.GetStringAsync("/?culture=fr");
        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("Parcourir la boutique", french, StringComparison.Ordinal);
        Assert.Contains("<title>Bienvenue · ", french, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("de-DE");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Browse the shop", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
