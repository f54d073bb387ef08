using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Products;
using Store.Content.Home;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>The home page as a merchandiser rearranges it from the admin (the recipe's page: <see cref="HomePageRecipeTests"/>).</summary>
public sealed class HomePageSectionsTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    [Fact]
    public async Task A_merchandiser_edits_and_reorders_sections_and_shoppers_see_it_through_the_cache()
    {
        var shopper = app.Browser();
        Assert.Contains("Picked for you", await shopper.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Age", (await shopper.GetAsync("/")).Headers.Select(h => h.Key)); // served from the output cache

        var admin = await app.SignedInAdminAsync();
        var featured = await app.WithDbAsync(db => db.Set<HomeSection>().SingleAsync(s => s.Kind == HomeSectionKind.Featured));
        var saved = await admin.SubmitAsync("/admin/content/home", Section(heading: "Staff picks", items: "red-mug\nblue-mug"), $"/admin/content/home?handler=Save&id={featured.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var moved = await admin.SubmitAsync("/admin/content/home", new Dictionary<string, string>(), $"/admin/content/home?handler=Move&id={featured.Id}&offset=-1");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var html = await shopper.GetStringAsync("/");
        Assert.DoesNotContain("Picked for you", html, StringComparison.Ordinal);
        var picks = Html.At(html, "Staff picks");
        Assert.True(picks < Html.At(html, "Mugs for every morning"), "the featured list now comes first");
        Assert.True(html.IndexOf("/products/red-mug", picks, StringComparison.Ordinal) < html.IndexOf("/products/blue-mug", picks, StringComparison.Ordinal));

        // A catalog change evicts the home page too: it shows products.
        Assert.Contains("Age", (await shopper.GetAsync("/")).Headers.Select(h => h.Key));
        var blue = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Slug == "blue-mug").Select(p => p.Id).SingleAsync());
        var api = await app.ApiAdminAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/v1/products/{blue}/unpublish", null)).StatusCode);
        Assert.DoesNotContain("/products/blue-mug", await shopper.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/v1/products/{blue}/publish", null)).StatusCode);
    }

    [Fact]
    public async Task A_featured_list_naming_an_unknown_product_is_refused_and_nothing_changes()
    {
        var admin = await app.SignedInAdminAsync();
        var featured = await app.WithDbAsync(db => db.Set<HomeSection>().AsNoTracking().SingleAsync(s => s.Kind == HomeSectionKind.Featured));

        var refused = await admin.SubmitAsync("/admin/content/home", Section(heading: "Nope", items: "red-mug\nno-such-mug"), $"/admin/content/home?handler=Save&id={featured.Id}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("No product has the address name no-such-mug.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var after = await app.WithDbAsync(db => db.Set<HomeSection>().AsNoTracking().SingleAsync(s => s.Id == featured.Id));
        Assert.Equal(featured.Heading, after.Heading);
        Assert.Equal(featured.Items, after.Items);

        var badLink = await admin.SubmitAsync("/admin/content/home", Section(heading: "Nope", items: "red-mug", linkText: "Go", linkUrl: "javascript:alert(1)"), $"/admin/content/home?handler=Save&id={featured.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, badLink.StatusCode);
        Assert.Contains("Enter an address of this shop starting with /", await badLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_section_is_added_hidden_at_the_end()
    {
        var admin = await app.SignedInAdminAsync();
        var before = await app.WithDbAsync(db => db.Set<HomeSection>().CountAsync());

        var added = await admin.SubmitAsync("/admin/content/home", new Dictionary<string, string> { ["kind"] = "NewArrivals" }, "/admin/content/home?handler=Add");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var last = await app.WithDbAsync(db => db.Set<HomeSection>().OrderByDescending(s => s.Position).FirstAsync());
        Assert.Equal(before + 1, await app.WithDbAsync(db => db.Set<HomeSection>().CountAsync()));
        Assert.Equal(HomeSectionKind.NewArrivals, last.Kind);
        Assert.False(last.IsVisible);
        Assert.Contains("Section added at the end, hidden", await admin.GetStringAsync("/admin/content/home"), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Section(string heading, string items, string? linkText = null, string? linkUrl = null) => new()
    {
        ["section.Visible"] = "true",
        ["section.Heading"] = heading,
        ["section.Items"] = items,
        ["section.Count"] = "8",
        ["section.LinkText"] = linkText ?? string.Empty,
        ["section.LinkUrl"] = linkUrl ?? string.Empty,
    };
}
