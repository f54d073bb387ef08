using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Variants;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>The merchandiser's variant grid: generated from the options, removals only once confirmed, duplicate SKUs refused, held stock kept.</summary>
public sealed class VariantEditorTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private Task<List<ProductVariant>> VariantsAsync(int productId) =>
        app.WithDbAsync(db => db.Set<ProductVariant>().AsNoTracking().Where(v => v.ProductId == productId).OrderBy(v => v.Position).ToListAsync());

    [Fact]
    public async Task Options_generate_the_grid_removal_waits_for_confirmation_and_a_taken_sku_is_refused()
    {
        var admin = await app.SignedInAdminAsync();
        var created = await (await (await app.ApiAdminAsync()).PostAsJsonAsync("/api/v1/products", new { name = "Grid Lamp", sku = "GL-1", price = 3000, stock = 5, published = true }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        var first = (await VariantsAsync(id)).Single().Id;
        var editUrl = $"/admin/catalog/products/{id}";

        // Adding a Colour option shows the grid to check first: the existing variant becomes Red, Blue is new.
        var grid = await admin.SubmitAsync(editUrl, new Dictionary<string, string>
        {
            ["Form.Name"] = "Grid Lamp",
            ["Form.Sku"] = "GL-1",
            ["Form.Price"] = "30.00",
            ["Form.Stock"] = "5",
            ["Form.StockShown"] = "5",
            ["Form.Options[0].Name"] = "Colour",
            ["Form.Options[0].Values"] = "Red, Blue",
            ["submit"] = "publish",
        });
        var html = await grid.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, grid.StatusCode);
        Assert.Contains("1 new variants were added to the grid", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"Form.Variants[0].Id\" value=\"{first}\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Variants[0].Sku\" value=\"GL-1\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Variants[1].Sku\" value=\"GL-1-BLUE\"", html, StringComparison.Ordinal);
        Assert.Single(await VariantsAsync(id));

        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Grid Lamp",
            ["Form.Price"] = "30.00",
            ["Form.Options[0].Name"] = "Colour",
            ["Form.Options[0].Values"] = "Red, Blue",
            ["Form.Variants[0].Id"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.Variants[0].Values[0]"] = "Red",
            ["Form.Variants[0].Sku"] = "GL-1",
            ["Form.Variants[0].Price"] = "30.00",
            ["Form.Variants[0].Stock"] = "5",
            ["Form.Variants[0].StockShown"] = "5",
            ["Form.Variants[1].Values[0]"] = "Blue",
            ["Form.Variants[1].Sku"] = "M1",
            ["Form.Variants[1].Price"] = "32.00",
            ["Form.Variants[1].Stock"] = "3",
            ["submit"] = "publish",
        };
        var taken = await admin.SubmitAsync(editUrl, fields);
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("The SKU M1 is already used by &quot;Red Mug&quot;.", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await VariantsAsync(id));

        fields["Form.Variants[1].Sku"] = "GL-1-BLUE";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(editUrl, fields)).StatusCode);
        var saved = await VariantsAsync(id);
        Assert.Equal([("GL-1", "Red", 3000L, 5), ("GL-1-BLUE", "Blue", 3200L, 3)], saved.Select(v => (v.Sku, v.Option1!, v.Price, v.Stock)));
        Assert.Equal(first, saved[0].Id);

        // Blue dropped from the options: nothing is deleted until the merchandiser confirms.
        fields["Form.Options[0].Values"] = "Red";
        var confirm = await admin.SubmitAsync(editUrl, fields);
        var confirmHtml = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("These variants will be deleted: Blue.", confirmHtml, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Removed[0].Sku\" value=\"GL-1-BLUE\"", confirmHtml, StringComparison.Ordinal);
        Assert.Equal(2, (await VariantsAsync(id)).Count);

        // Meanwhile a shopper's order holds 2 red lamps: saving the grid unchanged keeps that.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().TryReserveAsync([new StockLine(first, 2)], CancellationToken.None));
        }

        fields.Remove("Form.Variants[1].Values[0]");
        foreach (var key in fields.Keys.Where(k => k.StartsWith("Form.Variants[1]", StringComparison.Ordinal)).ToList())
        {
            fields[key.Replace("Form.Variants[1]", "Form.Removed[0]", StringComparison.Ordinal)] = fields[key];
            fields.Remove(key);
        }

        fields["Form.Removed[0].Values[0]"] = "Blue";
        fields["Form.ConfirmRemoval"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(editUrl, fields)).StatusCode);
        var left = Assert.Single(await VariantsAsync(id));
        Assert.Equal(("GL-1", 3), (left.Sku, left.Stock));
    }

    [Fact]
    public async Task Bulk_set_price_and_stock_changes_the_selected_rows_only_and_saves_nothing_yet()
    {
        var tee = await VariantProducts.TeeAsync(app.Services, "BULK", stock: 1);
        var admin = await app.SignedInAdminAsync();
        var variants = await VariantsAsync(tee.Id);
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "BULK tee",
            ["Form.Price"] = "15.00",
            ["Form.Categories"] = "mugs",
            ["Form.Options[0].Name"] = "Size",
            ["Form.Options[0].Values"] = "S, M, L",
            ["Form.Options[1].Name"] = "Colour",
            ["Form.Options[1].Values"] = "Red, Blue",
            ["Form.BulkPrice"] = "12.50",
            ["Form.BulkStock"] = "7",
            ["submit"] = "bulk",
        };
        for (var i = 0; i < variants.Count; i++)
        {
            var p = $"Form.Variants[{i}]";
            fields[p + ".Id"] = variants[i].Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[p + ".Values[0]"] = variants[i].Option1!;
            fields[p + ".Values[1]"] = variants[i].Option2!;
            fields[p + ".Sku"] = variants[i].Sku;
            fields[p + ".Price"] = "15.00";
            fields[p + ".Stock"] = "1";
            fields[p + ".StockShown"] = "1";
        }

        fields["Form.Variants[1].Selected"] = "true";
        fields["Form.Variants[4].Selected"] = "true";

        var response = await admin.SubmitAsync($"/admin/catalog/products/{tee.Id}", fields);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Changed 2 variants: save to keep the change.", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Variants[1].Price\" value=\"12.50\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Variants[4].Stock\" value=\"7\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Form.Variants[0].Price\" value=\"15.00\"", html, StringComparison.Ordinal);
        Assert.All(await VariantsAsync(tee.Id), v => Assert.Equal(1, v.Stock));
    }
}
