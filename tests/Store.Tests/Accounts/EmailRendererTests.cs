using Fluid;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts;
using Store.Accounts.Emails;
using Store.Core.Email;
using Store.Core.Liquid;
using Store.Core.Localization;
using Store.Core.Modules;
using Store.Core.Sites;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class EmailRendererTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    // The Accounts module's emails, with this test assembly playing the theme (Accounts/Templates/Email/ResetPassword.liquid).
    private EmailRenderer Renderer()
    {
        var catalog = new TemplateCatalog(new ModuleCatalog([new AccountsModule()], typeof(EmailRendererTests).Assembly));
        var options = new TemplateOptions { FileProvider = new TemplateFileProvider(catalog) };
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<SiteView>();
        options.MemberAccessStrategy.Register<EmailLink>();
        LocalizationFilters.Register(options);
        return new EmailRenderer(new LiquidRenderer(catalog, options, new PoStringLocalizerFactory([])), app.Services.GetRequiredService<SiteState>());
    }

    [Fact]
    public async Task A_module_email_renders_in_the_layout_with_a_subject_and_a_text_part()
    {
        var email = await Renderer().RenderAsync("ConfirmEmail", new EmailLink("<b>Bo</b>", "bo@example.com", "https://shop.test/account/confirm?user=1&token=a%2Bb", "2 days"));

        Assert.Equal("Confirm your email address", email.Subject);
        Assert.Contains("<title>Confirm your email address</title>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Test shop", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Bo&lt;/b&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.test/account/confirm?user=1&amp;token=a%2Bb\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Confirm my email (https://shop.test/account/confirm?user=1&token=a%2Bb)", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hello <b>Bo</b>,", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_theme_overrides_an_email_by_its_file_name()
    {
        var email = await Renderer().RenderAsync("ResetPassword", new EmailLink("Bo", "bo@example.com", "https://shop.test/r", "1 hour"));

        Assert.Equal("Theme reset subject", email.Subject);
        Assert.Contains("Theme says hi Bo", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("go (https://shop.test/r)", email.TextBody, StringComparison.Ordinal);
    }
}
