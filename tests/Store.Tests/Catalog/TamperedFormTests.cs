using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Addresses;
using Store.Catalog.Attributes;
using Store.Catalog.Products;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// A form posted with a tampered value (a checkbox as <c>abc</c>, a number as text) saves nothing and sends the
/// browser back to the form, which says what could not be read; never a problem-details body or exception details.
/// </summary>
public sealed class TamperedFormTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private const string Notice = "Part of the form could not be read, so nothing was saved.";

    /// <summary>The 303 back to <paramref name="form"/>, then the form page itself with the notice, once.</summary>
    private static async Task<string> AssertSentBackAsync(HttpClient client, HttpResponseMessage response, string form)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(form, response.Headers.Location!.OriginalString);

        var page = await client.GetAsync(form);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.HtmlAsync();
        Assert.Contains(Notice, html, StringComparison.Ordinal);
        Assert.Contains("<form", html, StringComparison.Ordinal);

        // Shown once: the next visit is the plain form.
        Assert.DoesNotContain(Notice, await (await client.GetAsync(form)).HtmlAsync(), StringComparison.Ordinal);
        return html;
    }

    [Fact]
    public async Task A_checkbox_posted_as_abc_on_the_address_form_comes_back_to_the_form_and_saves_nothing()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("tamper");
        var userId = await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);
        var response = await client.SubmitAsync("/account/addresses/new", new Dictionary<string, string>
        {
            ["FullName"] = "Tam Per",
            ["Line1"] = "1 Road",
            ["City"] = "Paris",
            ["PostalCode"] = "75001",
            ["Country"] = "fr",
            ["IsDefault"] = "abc",
        });

        await AssertSentBackAsync(client, response, "/account/addresses/new");
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Address>().CountAsync(a => a.UserId == userId && a.FullName == "Tam Per")));
    }

    [Fact]
    public async Task A_checkbox_posted_as_abc_on_the_product_editor_comes_back_naming_the_field_and_creates_nothing()
    {
        var admin = await app.SignedInAdminAsync();
        var response = await admin.SubmitAsync("/admin/catalog/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Tampered Tray",
            ["Form.Sku"] = "TAMP-1",
            ["Form.Price"] = "5",
            ["Form.Stock"] = "1",
            ["Form.ConfirmRemoval"] = "abc",
            ["submit"] = "draft",
        });

        var html = await AssertSentBackAsync(admin, response, "/admin/catalog/products/new");
        Assert.Contains("‘abc’ could not be read.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Product>().CountAsync(p => p.Name == "Tampered Tray")));
    }

    [Fact]
    public async Task A_number_posted_as_text_on_the_attribute_form_comes_back_and_saves_nothing()
    {
        var admin = await app.SignedInAdminAsync();
        var response = await admin.SubmitAsync("/admin/catalog/attributes", new Dictionary<string, string>
        {
            ["Name"] = "Tamper Size",
            ["Type"] = "Text",
            ["SortOrder"] = "many",
        }, "/admin/catalog/attributes?handler=Save");

        var html = await AssertSentBackAsync(admin, response, "/admin/catalog/attributes");
        Assert.Contains("‘many’ could not be read.", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AttributeDefinition>().CountAsync(a => a.Name == "Tamper Size")));
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_still_refused_with_400()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("tamper");
        await app.CreateCustomerAsync(email);
        var client = await app.SignedInCustomerAsync(email);

        var response = await client.PostFormAsync("/account/addresses/new", new Dictionary<string, string> { ["FullName"] = "No Token", ["IsDefault"] = "abc" }, token: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
