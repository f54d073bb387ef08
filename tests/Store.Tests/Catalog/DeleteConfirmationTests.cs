using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Deleting a product, category or attribute from the admin first shows a page that says what will go.</summary>
public sealed partial class DeleteConfirmationTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    [Fact]
    public async Task Bulk_delete_lists_the_products_and_deletes_only_when_confirmed()
    {
        var admin = await app.SignedInAdminAsync();
        var list = await admin.GetStringAsync("/admin/catalog/products?q=mug");
        var ids = IdBox().Matches(list).Select(m => m.Groups[1].Value).Take(2).ToList();
        Assert.Equal(2, ids.Count);
        Assert.Contains("Select all products on this page", list, StringComparison.Ordinal);
        Assert.Matches("<img class=\"thumb\" src=\"/media/thumb/", list);
        Assert.Contains("$10.00", list, StringComparison.Ordinal); // written as the shop writes prices, not "10.00 USD"

        var form = new List<KeyValuePair<string, string>> { new("operation", "delete"), new("__RequestVerificationToken", FormPost.TokenOf(list)!) };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id)));
        var asked = await admin.PostAsync("/admin/catalog/products?handler=Bulk", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var confirmUrl = asked.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/catalog/products/delete?ids=", confirmUrl, StringComparison.Ordinal);

        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync(confirmUrl));
        Assert.Contains("Delete these 2 products?", confirm, StringComparison.Ordinal);
        Assert.Contains("variant(s)", confirm, StringComparison.Ordinal);
        var numbers = ids.Select(int.Parse).ToList();
        var names = await app.WithDbAsync(db => db.Set<Product>().Where(p => numbers.Contains(p.Id)).Select(p => p.Name).ToListAsync());
        Assert.All(names, n => Assert.Contains(n, confirm, StringComparison.Ordinal));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<Product>().CountAsync(p => numbers.Contains(p.Id))));

        var deleted = await admin.SubmitAsync(confirmUrl, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Product>().CountAsync(p => numbers.Contains(p.Id))));
        Assert.Contains("Deleted 2 product(s).", await admin.GetStringAsync("/admin/catalog/products"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/admin/catalog/products/delete")).StatusCode);
    }

    [Fact]
    public async Task A_category_with_subcategories_cannot_be_deleted_and_an_empty_one_goes_after_confirming()
    {
        var admin = await app.SignedInAdminAsync();
        var kitchen = await app.WithDbAsync(db => db.Set<Category>().SingleAsync(c => c.Slug == "kitchen"));
        var blocked = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/catalog/categories/{kitchen.Id}/delete"));
        Assert.Contains("cannot be deleted yet", blocked, StringComparison.Ordinal);
        Assert.Contains("It has subcategories: Mugs.", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("Delete the category</button>", blocked, StringComparison.Ordinal);

        var garden = await app.WithDbAsync(db => db.Set<Category>().SingleAsync(c => c.Slug == "garden"));
        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/catalog/categories/{garden.Id}/delete"));
        Assert.Contains("Delete the category \u201cGarden\u201d?", confirm, StringComparison.Ordinal);
        Assert.Matches("\\d+ product\\(s\\) leave this category; the products themselves stay in the shop.", confirm);
        Assert.Contains($"href=\"/admin/catalog/categories/{garden.Id}/delete\"", await admin.GetStringAsync("/admin/catalog/categories"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<Category>().AnyAsync(c => c.Id == garden.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/catalog/categories/{garden.Id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Category>().AnyAsync(c => c.Id == garden.Id)));
        Assert.Contains("Category deleted.", await admin.GetStringAsync("/admin/catalog/categories"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/catalog/categories/{garden.Id}/delete")).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_attribute_says_how_many_products_lose_their_value()
    {
        var admin = await app.SignedInAdminAsync();
        var created = await admin.SubmitAsync("/admin/catalog/attributes", new Dictionary<string, string> { ["Name"] = "Glaze", ["Type"] = "Text", ["Choices"] = "" }, "/admin/catalog/attributes?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var glaze = await app.WithDbAsync(db => db.Set<AttributeDefinition>().SingleAsync(a => a.Name == "Glaze"));

        var confirm = WebUtility.HtmlDecode(await admin.GetStringAsync($"/admin/catalog/attributes/{glaze.Id}/delete"));
        Assert.Contains("Delete the attribute \u201cGlaze\u201d?", confirm, StringComparison.Ordinal);
        Assert.Contains("No product has a value for it.", confirm, StringComparison.Ordinal);
        Assert.Contains("Shoppers can no longer filter by Glaze.", confirm, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/admin/catalog/attributes/{glaze.Id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<AttributeDefinition>().AnyAsync(a => a.Id == glaze.Id)));
    }

    [GeneratedRegex("name=\"ids\" value=\"(\\d+)\"")]
    private static partial Regex IdBox();
}
