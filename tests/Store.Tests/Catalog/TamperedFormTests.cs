using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// A form posted with a tampered value (a checkbox as <c>abc</c>, a number as text) answers below 500, never with a
/// problem-details body or exception details. (Not yet asserted: that the form itself comes back with a field message.)
/// </summary>
public sealed class TamperedFormTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private static async Task AssertNoDetailsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.NotEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.True((int)response.StatusCode < 500, $"answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_checkbox_posted_as_abc_on_the_address_form_answers_a_page()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail("tamper");
        await app.CreateCustomerAsync(email);
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

        await AssertNoDetailsAsync(response);
    }

    [Fact]
    public async Task A_checkbox_posted_as_abc_on_the_product_editor_answers_a_page()
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

        await AssertNoDetailsAsync(response);
    }

    [Fact]
    public async Task A_number_posted_as_text_on_the_attribute_form_answers_a_page()
    {
        var admin = await app.SignedInAdminAsync();
        var response = await admin.SubmitAsync("/admin/catalog/attributes", new Dictionary<string, string>
        {
            ["Name"] = "Tamper Size",
            ["Type"] = "Text",
            ["SortOrder"] = "many",
        }, "/admin/catalog/attributes?handler=Save");

        await AssertNoDetailsAsync(response);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<AttributeDefinition>().CountAsync(a => a.Name == "Tamper Size" && a.SortOrder != 0)));
    }
}
