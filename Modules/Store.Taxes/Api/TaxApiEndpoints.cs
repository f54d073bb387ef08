using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;
using Store.Taxes.Categories;
using Store.Taxes.Rates;
using Store.Taxes.Settings;

namespace Store.Taxes.Api;

/// <summary><c>/api/v1/admin/tax/…</c>: categories, the rate table and the settings, for staff holding <c>Taxes.ManageTaxes</c>.</summary>
internal static class TaxApiEndpoints
{
    public static void MapTaxApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/admin/tax").RequirePermission(TaxesPermissions.ManageTaxes);

        group.MapGet("/categories", async (StoreDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Set<TaxCategory>().AsNoTracking().OrderBy(c => c.Id).Select(c => new TaxCategoryResponse(c.Id, c.Code, c.Name, c.IsDefault)).ToListAsync(ct)))
            .WithSummary("Staff: the tax categories (one is the default for products without one)");
        group.MapPost("/categories", async Task<Results<Created<TaxCategoryResponse>, ValidationProblem>> (TaxCategoryInput input, TaxEditor editor, CancellationToken ct) =>
        {
            var saved = await editor.SaveCategoryAsync(null, input, ct);
            return saved.IsSaved ? TypedResults.Created($"/api/v1/admin/tax/categories/{saved.Value!.Id}", Category(saved.Value)) : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: add a tax category")
            .WithRequestExample(new TaxCategoryInput("reduced", "Reduced rate", false));
        group.MapPut("/categories/{id:int}", async Task<Results<Ok<TaxCategoryResponse>, ValidationProblem, ProblemHttpResult>> (int id, TaxCategoryInput input, TaxEditor editor, CancellationToken ct) =>
            Answer(await editor.SaveCategoryAsync(id, input, ct), Category))
            .WithSummary("Staff: change a tax category (its code, name, or make it the default)")
            .WithRequestExample(new TaxCategoryInput("reduced", "Reduced rate (food, books)", false));
        group.MapDelete("/categories/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, TaxEditor editor, CancellationToken ct) =>
            await editor.DeleteCategoryAsync(id, ct) switch
            {
                { NotFound: true } => ApiProblems.NotFound(),
                { IsSaved: false } refused => ApiProblems.Conflict(refused.Errors.Values.First()),
                _ => TypedResults.NoContent(),
            })
            .WithSummary("Staff: delete a tax category no product, variant or rate uses");

        group.MapGet("/rates", async (StoreDbContext db, CancellationToken ct) => TypedResults.Ok(await RatesAsync(db, null, ct)))
            .WithSummary("Staff: the rate table (category, country, region, postal-code prefix, rate in percent)");
        group.MapPost("/rates", async Task<Results<Created<TaxRateResponse>, ValidationProblem>> (TaxRateInput input, TaxEditor editor, StoreDbContext db, CancellationToken ct) =>
        {
            var saved = await editor.SaveRateAsync(null, input, ct);
            return saved.IsSaved
                ? TypedResults.Created($"/api/v1/admin/tax/rates/{saved.Value!.Id}", (await RatesAsync(db, saved.Value.Id, ct))[0])
                : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: add a rate; the most specific row for an address wins")
            .WithRequestExample(new TaxRateInput("standard", "FR", null, null, 20m, "TVA"));
        group.MapPut("/rates/{id:int}", async Task<Results<Ok<TaxRateResponse>, ValidationProblem, ProblemHttpResult>> (int id, TaxRateInput input, TaxEditor editor, StoreDbContext db, CancellationToken ct) =>
        {
            var saved = await editor.SaveRateAsync(id, input, ct);
            return saved.IsSaved ? TypedResults.Ok((await RatesAsync(db, id, ct))[0]) : saved.NotFound ? ApiProblems.NotFound() : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: change a rate (takes effect for the next cart and checkout)")
            .WithRequestExample(new TaxRateInput("reduced", "DE", null, null, 7m, "USt. ermäßigt"));
        group.MapDelete("/rates/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, TaxEditor editor, CancellationToken ct) =>
            await editor.DeleteRateAsync(id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Staff: delete a rate");

        group.MapGet("/settings", async (StoreDbContext db, CancellationToken ct) =>
            TypedResults.Ok(Settings(await db.Set<TaxSettings>().AsNoTracking().FirstOrDefaultAsync(ct) ?? new TaxSettings())))
            .WithSummary("Staff: whether prices include tax, the shop's country and the category shipping is taxed in");
        group.MapPut("/settings", async Task<Results<Ok<TaxSettingsResponse>, ValidationProblem, ProblemHttpResult>> (TaxSettingsInput input, TaxEditor editor, CancellationToken ct) =>
            Answer(await editor.SaveSettingsAsync(input, ct), Settings))
            .WithSummary("Staff: change the tax settings")
            .WithRequestExample(new TaxSettingsInput(true, "FR", "standard"));
    }

    private static Results<Ok<TResponse>, ValidationProblem, ProblemHttpResult> Answer<T, TResponse>(EditResult<T> result, Func<T, TResponse> map)
        where T : class =>
        result switch
        {
            { NotFound: true } => ApiProblems.NotFound(),
            { IsSaved: false } => ApiProblems.Validation(result.Errors),
            _ => TypedResults.Ok(map(result.Value!)),
        };

    private static TaxCategoryResponse Category(TaxCategory c) => new(c.Id, c.Code, c.Name, c.IsDefault);

    private static TaxSettingsResponse Settings(TaxSettings s) => new(s.PricesIncludeTax, s.ShopCountry, s.ShippingCategory);

    private static Task<List<TaxRateResponse>> RatesAsync(StoreDbContext db, int? id, CancellationToken ct) =>
        db.Set<TaxRate>().AsNoTracking()
            .Where(r => id == null || r.Id == id)
            .Join(db.Set<TaxCategory>(), r => r.CategoryId, c => c.Id, (r, c) => new { r, c.Code })
            .OrderBy(x => x.r.Country).ThenBy(x => x.Code).ThenBy(x => x.r.Region).ThenBy(x => x.r.PostalPrefix)
            .Select(x => new TaxRateResponse(x.r.Id, x.Code, x.r.Country, x.r.Region, x.r.PostalPrefix, x.r.Rate, x.r.Name))
            .ToListAsync(ct);
}
