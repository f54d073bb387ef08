using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Security;
using Store.Currencies.Contracts;
using Store.Currencies.Currencies;
using Store.Currencies.Rates;

namespace Store.Currencies.Api;

/// <summary><c>/api/v1/currencies</c> for anyone; <c>/api/v1/admin/currencies/…</c> for staff holding <c>Currencies.ManageCurrencies</c>.</summary>
internal static class CurrencyApiEndpoints
{
    /// <summary>An ECB file is about 2 KB a day; the 90-day history about 170 KB.</summary>
    private const int MaxImportBytes = 1_000_000;

    public static void MapCurrencyApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/v1/currencies").MapGet("", async (ICurrencies currencies, CancellationToken ct) =>
        {
            var setup = await currencies.GetAsync(ct);
            return TypedResults.Ok(setup.Selling.Select(Response).Prepend(new CurrencyResponse(setup.Base, Money.DecimalsOf(setup.Base), true, 1m, null, Major(1, setup.Base), 0m)).ToList());
        })
            .WithSummary("The currencies prices can be shown and paid in, the base currency first, with today's rates");

        var admin = endpoints.MapApiGroup("/api/v1/admin/currencies").RequirePermission(CurrenciesPermissions.ManageCurrencies);
        admin.MapPost("", async Task<Results<Created<CurrencyResponse>, ValidationProblem>> (CurrencyInput input, CurrencyEditor editor, ICurrencies currencies, CancellationToken ct) =>
        {
            var saved = await editor.SaveCurrencyAsync(null, input, ct);
            return saved.IsSaved
                ? TypedResults.Created($"/api/v1/admin/currencies/{saved.Value!.Id}", await ResponseAsync(saved.Value, currencies, ct))
                : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: sell in another currency, with its rounding rule (it is offered once it has a rate)")
            .WithRequestExample(new CurrencyInput("EUR", 1m, 0.99m));
        admin.MapPut("/{id:int}", async Task<Results<Ok<CurrencyResponse>, ValidationProblem, ProblemHttpResult>> (int id, CurrencyInput input, CurrencyEditor editor, ICurrencies currencies, CancellationToken ct) =>
            await editor.SaveCurrencyAsync(id, input, ct) switch
            {
                { NotFound: true } => ApiProblems.NotFound(),
                { IsSaved: false } refused => ApiProblems.Validation(refused.Errors),
                var saved => TypedResults.Ok(await ResponseAsync(saved.Value!, currencies, ct)),
            })
            .WithSummary("Staff: change a selling currency's rounding rule")
            .WithRequestExample(new CurrencyInput("JPY", 100m, 0m));
        admin.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, CurrencyEditor editor, CancellationToken ct) =>
            await editor.DeleteCurrencyAsync(id, ct) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Staff: stop selling in a currency (placed orders keep theirs)");

        admin.MapGet("/rates", async (StoreDbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Set<ExchangeRate>().AsNoTracking().OrderBy(r => r.Currency).ThenByDescending(r => r.AppliesFrom).Take(500).ToListAsync(ct)).Select(Rate).ToList()))
            .WithSummary("Staff: the rates, latest first per currency (the latest whose day has come applies)");
        admin.MapPost("/rates", async Task<Results<Ok<RateResponse>, ValidationProblem>> (RateInput input, CurrencyEditor editor, CancellationToken ct) =>
        {
            var saved = await editor.SaveRateAsync(input, "api", ct);
            return saved.IsSaved ? TypedResults.Ok(Rate(saved.Value!)) : ApiProblems.Validation(saved.Errors);
        })
            .WithSummary("Staff: set a currency's rate from a day on (today when no day is given), replacing that day's rate")
            .WithRequestExample(new RateInput("EUR", 0.92m, null));
        admin.MapPost("/rates/ecb", async Task<Results<Ok<EcbImport>, ValidationProblem, ProblemHttpResult>> (HttpRequest request, CurrencyEditor editor, CancellationToken ct) =>
        {
            if (request.ContentLength > MaxImportBytes)
            {
                return ApiProblems.Validation(new Dictionary<string, string> { ["File"] = "The file is larger than 1 MB: send the daily or the 90-day file." });
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxImportBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > MaxImportBytes)
            {
                return ApiProblems.Validation(new Dictionary<string, string> { ["File"] = "The file is larger than 1 MB: send the daily or the 90-day file." });
            }

            var imported = await editor.ImportEcbAsync(new string(buffer, 0, read), ct);
            return imported.IsSaved ? TypedResults.Ok(imported.Value!) : ApiProblems.Validation(imported.Errors);
        })
            .WithSummary("Staff: import the ECB's reference rates (the body is eurofxref-daily.xml or eurofxref-hist-90d.xml), crossed to the base currency");
    }

    private static async Task<CurrencyResponse> ResponseAsync(SellingCurrency currency, ICurrencies currencies, CancellationToken ct)
    {
        var info = (await currencies.GetAsync(ct)).Find(currency.Code);
        return new CurrencyResponse(currency.Code, Money.DecimalsOf(currency.Code), false, info?.Rate ?? 0m, info is null ? null : DateOnly.FromDateTime(info.RateFrom),
            Major(currency.RoundingStep, currency.Code), Major(currency.RoundingEnding, currency.Code));
    }

    private static CurrencyResponse Response(CurrencyInfo c) =>
        new(c.Code, c.Decimals, false, c.Rate, DateOnly.FromDateTime(c.RateFrom), Major(c.Rounding.Step, c.Code), Major(c.Rounding.Ending, c.Code));

    private static RateResponse Rate(ExchangeRate r) => new(r.Currency, r.Rate, DateOnly.FromDateTime(r.AppliesFrom), r.Source);

    private static decimal Major(long minor, string code) => Money.Major(minor, code);
}
