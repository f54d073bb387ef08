using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Security;
using Store.Translations.Overrides;

namespace Store.Translations.Api;

/// <summary><c>/api/v1/admin/translations</c>: the admin's translation work for API clients, <c>Translations.ManageTranslations</c> only.</summary>
internal static class TranslationApiEndpoints
{
    /// <summary>The whole shop's strings in one culture are about 60 KB as a PO file.</summary>
    private const int MaxImportBytes = 2_000_000;

    public static void MapTranslationApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapApiGroup("/api/v1/admin/translations").RequirePermission(TranslationsPermissions.ManageTranslations);
        api.MapGet("", async (TranslationDesk desk, CancellationToken ct) =>
        {
            var cultures = new List<CultureCoverage>();
            foreach (var culture in desk.Cultures)
            {
                cultures.Add(new CultureCoverage(culture, desk.PluralCount(culture), await desk.CoverageAsync(culture, ct)));
            }

            return TypedResults.Ok(cultures);
        })
            .WithSummary("Translators: each culture's coverage by module (total, translated, fuzzy, missing)");

        api.MapGet("/{culture}/strings", async Task<Results<Ok<TranslationPage>, ProblemHttpResult, ValidationProblem>> (string culture, string? module, string? state, int? page, TranslationDesk desk, CancellationToken ct) =>
        {
            if (!desk.IsCulture(culture))
            {
                return ApiProblems.NotFound();
            }

            TranslationState? wanted = null;
            if (!string.IsNullOrEmpty(state))
            {
                if (!Enum.TryParse<TranslationState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return ApiProblems.Field("state", "Use missing, fuzzy or translated.");
                }

                wanted = parsed;
            }

            var rows = await desk.ListAsync(culture, string.IsNullOrEmpty(module) ? null : module, wanted, ct);
            var number = Math.Max(1, page ?? 1);
            return TypedResults.Ok(new TranslationPage(rows.Count, number, TranslationDesk.PageSize, [.. rows.Skip((number - 1) * TranslationDesk.PageSize).Take(TranslationDesk.PageSize)]));
        })
            .WithSummary("Translators: the strings of a culture, filtered by module and state (missing, fuzzy, translated), 50 a page");

        api.MapPut("/{culture}/strings", async Task<Results<Ok<TranslationRow>, ProblemHttpResult, ValidationProblem>> (string culture, TranslationInput input, TranslationDesk desk, ClaimsPrincipal user, CancellationToken ct) =>
            await desk.SaveAsync(culture, input.Context, input.Id ?? string.Empty, input.Forms ?? [], Actor(user), "api", ct) switch
            {
                { NotFound: true } => ApiProblems.NotFound(),
                { IsSaved: false } refused => ApiProblems.Validation(refused.Errors),
                var saved => TypedResults.Ok(saved.Value!),
            })
            .WithSummary("Translators: save a string's translation, live on every node at once (all forms empty: back to the shipped file)")
            .WithRequestExample(new TranslationInput(null, "Add to cart", ["Ajouter au panier"]));

        api.MapGet("/{culture}/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string culture, TranslationDesk desk, PoExchange exchange, CancellationToken ct) =>
            desk.IsCulture(culture)
                ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(await exchange.ExportAsync(culture, ct)), "text/x-gettext-translation", $"{culture}.po")
                : ApiProblems.NotFound())
            .WithSummary("Translators: the culture as one PO file (shipped translations plus overrides)");

        api.MapPost("/{culture}/import", async Task<Results<Ok<ImportResponse>, ProblemHttpResult, ValidationProblem>> (string culture, HttpRequest request, TranslationDesk desk, PoExchange exchange, ClaimsPrincipal user, CancellationToken ct) =>
        {
            if (!desk.IsCulture(culture))
            {
                return ApiProblems.NotFound();
            }

            using var reader = new StreamReader(request.Body);
            var buffer = new char[MaxImportBytes + 1];
            var read = await reader.ReadBlockAsync(buffer, ct);
            if (read > MaxImportBytes)
            {
                return ApiProblems.Field("file", "The file is larger than 2 MB.");
            }

            var imported = await exchange.ImportAsync(culture, new string(buffer, 0, read), Actor(user), ct);
            return imported.Errors.Count > 0
                ? ApiProblems.Validation(imported.Errors.GroupBy(e => $"line {e.Line}").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
                : TypedResults.Ok(new ImportResponse(imported.Changed));
        })
            .WithSummary("Translators: import a PO file (the body); every error is reported by line and then nothing is saved");

        api.MapGet("/{culture}/history", async Task<Results<Ok<IReadOnlyList<TranslationChange>>, ProblemHttpResult>> (string culture, int? page, TranslationDesk desk, CancellationToken ct) =>
            desk.IsCulture(culture) ? TypedResults.Ok(await desk.HistoryAsync(culture, page ?? 1, ct)) : ApiProblems.NotFound())
            .WithSummary("Translators: who changed which translation and when, latest first, 50 a page");
    }

    internal static string Actor(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value ?? user.Identity?.Name ?? "api";
}
