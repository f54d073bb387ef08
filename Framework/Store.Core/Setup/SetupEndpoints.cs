using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Core.Recipes;
using Store.Core.Sites;

namespace Store.Core.Setup;

internal static class SetupEndpoints
{
    public static void MapSetupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/setup", ShowAsync);
        endpoints.MapPost("/setup", SubmitAsync);
    }

    private static async Task<Results<RedirectHttpResult, Store.Core.Liquid.LiquidResult>> ShowAsync(SiteState site, RecipeCatalog recipes, CancellationToken cancellationToken) =>
        await site.GetAsync(cancellationToken) is not null
            ? TypedResults.Redirect("/")
            : Page(new SetupForm(), new Dictionary<string, string>(), recipes, StatusCodes.Status200OK);

    private static async Task<Results<RedirectHttpResult, Store.Core.Liquid.LiquidResult>> SubmitAsync(
        [FromForm] SetupForm form, SetupService setup, RecipeCatalog recipes, CancellationToken cancellationToken)
    {
        var request = new SetupRequest(form.SiteName ?? string.Empty, form.AdminEmail?.Trim() ?? string.Empty, form.AdminPassword ?? string.Empty, form.Recipe ?? string.Empty, form.Currency?.Trim() ?? string.Empty);
        var errors = await setup.SetupAsync(request, cancellationToken);
        if (errors.Count == 0)
        {
            return TypedResults.Redirect("/admin");
        }

        form.AdminPassword = string.Empty;
        var status = errors.ContainsKey("") ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page(form, errors, recipes, status);
    }

    private static Store.Core.Liquid.LiquidResult Page(SetupForm form, IReadOnlyDictionary<string, string> errors, RecipeCatalog recipes, int status) =>
        Store.Core.Liquid.Liquid.Page(
            "Setup/Index",
            new SetupPage(form, errors, recipes.All.Select(r => new RecipeOption(r.Name, r.Description, string.Equals(r.Name, form.Recipe, StringComparison.OrdinalIgnoreCase))).ToList()),
            status);
}
