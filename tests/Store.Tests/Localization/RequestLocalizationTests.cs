using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Store.Core.Localization;
using Xunit;

namespace Store.Tests.Localization;

/// <summary>
/// A minimal host with cultures en and fr, answering "culture|ui-culture|translation" at a page (<c>/</c>, <c>/fr/</c>) and
/// at an API path, where the culture still comes from the query string, the cookie or Accept-Language.
/// </summary>
public sealed class RequestLocalizationTests : IAsyncLifetime
{
    private const string Api = "/api/culture";
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Localization:Cultures:0"] = "en",
            ["Localization:Cultures:1"] = "fr",
            ["Localization:DefaultCulture"] = "en",
        });
        builder.Services.AddStoreLocalization(builder.Configuration, [typeof(RequestLocalizationTests).Assembly]);
        _app = builder.Build();
        _app.UseStoreRequestLocalization();
        // Routing after the culture prefix has left the path, as in the shop's pipeline.
        _app.UseRouting();
        foreach (var path in new[] { "/", Api })
        {
            _app.MapGet(path, (IStringLocalizer<RequestLocalizationTests> localizer) =>
                $"{CultureInfo.CurrentCulture.Name}|{CultureInfo.CurrentUICulture.Name}|{localizer["Add to cart"].Value}");
        }

        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Defaults_to_english() => Assert.Equal("en|en|Add to cart", await GetAsync(Api));

    [Theory]
    [InlineData("/api/culture?culture=fr")]
    [InlineData("/api/culture?culture=fr-CA")]
    [InlineData("/api/culture?ui-culture=fr")]
    public async Task Query_string_selects_the_culture(string url) => Assert.Equal("fr|fr|Ajouter au panier", await GetAsync(url));

    [Fact]
    public async Task Cookie_selects_the_culture() =>
        Assert.Equal("fr|fr|Ajouter au panier", await GetAsync(Api, cookie: "fr"));

    [Fact]
    public async Task Accept_language_selects_the_culture() =>
        Assert.Equal("fr|fr|Ajouter au panier", await GetAsync(Api, acceptLanguage: "fr-FR,fr;q=0.9,en;q=0.5"));

    [Theory]
    [InlineData("/api/culture?culture=de", null, null)]
    [InlineData(Api, "de", null)]
    [InlineData(Api, null, "de-DE,de;q=0.9")]
    public async Task Unconfigured_cultures_fall_back_to_english(string url, string? cookie, string? acceptLanguage) =>
        Assert.Equal("en|en|Add to cart", await GetAsync(url, cookie, acceptLanguage));

    [Fact]
    public async Task Query_string_beats_cookie_which_beats_accept_language()
    {
        Assert.Equal("en|en|Add to cart", await GetAsync("/api/culture?culture=en", cookie: "fr"));
        Assert.Equal("fr|fr|Ajouter au panier", await GetAsync(Api, cookie: "fr", acceptLanguage: "en"));
    }

    [Fact]
    public async Task A_page_s_culture_is_its_prefix_whatever_the_cookie_or_browser_says()
    {
        Assert.Equal("fr|fr|Ajouter au panier", await GetAsync("/fr/", cookie: "en", acceptLanguage: "en"));
        Assert.Equal("en|en|Add to cart", await GetAsync("/", cookie: "fr", acceptLanguage: "fr"));
        Assert.Equal("fr|fr|Ajouter au panier", await GetAsync("/?culture=fr", cookie: "en"));
    }

    [Fact]
    public void Registers_the_po_factory_and_options()
    {
        var services = _app!.Services;
        var options = services.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;

        Assert.IsType<PoStringLocalizerFactory>(services.GetRequiredService<IStringLocalizerFactory>());
        Assert.Equal(["en", "fr"], options.SupportedUICultures!.Select(c => c.Name));
        Assert.Equal("en", options.DefaultRequestCulture.UICulture.Name);
    }

    [Fact]
    public void Defaults_to_english_only_without_configuration()
    {
        using var provider = new ServiceCollection()
            .AddStoreLocalization(new ConfigurationBuilder().Build(), [])
            .BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<RequestLocalizationOptions>>().Value;

        Assert.Equal(["en"], options.SupportedCultures!.Select(c => c.Name));
        Assert.Equal("en", options.DefaultRequestCulture.Culture.Name);
    }

    private async Task<string> GetAsync(string url, string? cookie = null, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (cookie is not null)
        {
            var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(cookie));
            request.Headers.Add("Cookie", $"{CookieRequestCultureProvider.DefaultCookieName}={Uri.EscapeDataString(value)}");
        }

        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _client!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
