using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Catalog.Translations;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Categories;

/// <summary><c>/api/v1/categories</c>: the tree for everyone, and the merchandiser's writes.</summary>
internal static class CategoryEndpoints
{
    private static readonly CategoryRequest CategoryExample = new("Mugs", "mugs", "Cups and mugs for every morning.", "kitchen", 10);

    public static void MapCategoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/categories");
        group.MapGet("/", async (StoreDbContext db, CatalogCache cache, ContentCultures cultures, CancellationToken ct) =>
        {
            var tree = await CategoryTree.LoadAsync(db, ct);
            if (cultures.Current is { } culture)
            {
                // Names and descriptions in the request's culture (?culture= or Accept-Language), where translated.
                tree = tree.Translated(await cache.StructureTranslationsAsync(db, ct), culture);
            }

            return TypedResults.Ok(Nodes(tree, null));
        })
            .WithSummary("Every category, as a flat list with each one's parent");

        group.MapGet("/{id:int}", async Task<Results<Ok<CategoryResponse>, ProblemHttpResult>> (int id, HttpContext http, StoreDbContext db) =>
            await ResponseAsync(http, db, id) is { } category ? TypedResults.Ok(category) : ApiProblems.NotFound())
            .WithSummary("A category by id; ETag carries its version");

        // PUT and DELETE honour If-Match (the ETag of GET /{id} or of the last write): 412 when the category changed since.
        var admin = group.MapGroup("").RequirePermission(CatalogPermissions.ManageCategories);
        admin.MapPost("/", async Task<Results<Created<CategoryResponse>, ValidationProblem>> (CategoryRequest request, HttpContext http, CategoryEditor editor, StoreDbContext db) =>
        {
            var (category, errors) = await editor.SaveAsync(null, ToInput(request, null), http.RequestAborted);
            return category is null
                ? ApiProblems.Validation(errors)
                : TypedResults.Created($"/categories/{category.Slug}", await ResponseAsync(http, db, category.Id));
        })
            .WithSummary("Create a category (parent by slug)")
            .WithRequestExample(CategoryExample);
        admin.MapPut("/{id:int}", async Task<Results<Ok<CategoryResponse>, ValidationProblem, ProblemHttpResult>> (int id, CategoryRequest request, HttpContext http, CategoryEditor editor, StoreDbContext db) =>
        {
            var (category, errors) = await editor.SaveAsync(id, ToInput(request, EntityTags.IfMatch(http.Request)), http.RequestAborted);
            if (category is null)
            {
                return errors.ContainsKey(string.Empty) ? ApiProblems.NotFound() : EditConflict.IsConflict(errors) ? Stale() : ApiProblems.Validation(errors);
            }

            return TypedResults.Ok((await ResponseAsync(http, db, category.Id))!);
        })
            .WithSummary("Replace a category; If-Match: its ETag (412 when it changed since)")
            .WithRequestExample(CategoryExample);
        admin.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, HttpContext http, CategoryEditor editor) =>
            await editor.DeleteAsync(id, http.RequestAborted, EntityTags.IfMatch(http.Request)) switch
            {
                null => TypedResults.NoContent(),
                CategoryEditor.Missing => ApiProblems.NotFound(),
                var problem when problem == EditConflict.Message("category") => Stale(),
                var problem => ApiProblems.Conflict(problem),
            })
            .WithSummary("Delete a category (its products stay, uncategorised there); honours If-Match");
    }

    private static ProblemHttpResult Stale() => ApiProblems.PreconditionFailed(EditConflict.Message("category"));

    private static CategoryInput ToInput(CategoryRequest r, int? version) => new(r.Name, r.Slug, r.Description, r.Parent, r.SortOrder, version, r.ReturnDays);

    // One category with its subtree; its version goes in the ETag header.
    private static async Task<CategoryResponse?> ResponseAsync(HttpContext http, StoreDbContext db, int id)
    {
        var tree = await CategoryTree.LoadAsync(db, http.RequestAborted);
        if (tree.Find(id) is not { } node)
        {
            return null;
        }

        EntityTags.Send(http, node.Version);
        return Node(tree, node);
    }

    private static List<CategoryResponse> Nodes(CategoryTree tree, int? parent) => tree.Children(parent).Select(n => Node(tree, n)).ToList();

    private static CategoryResponse Node(CategoryTree tree, CategoryNode n) =>
        new(n.Id, n.Name, n.Slug, n.Description, n.ParentId is { } p ? tree.Find(p)?.Slug : null, n.SortOrder, n.Url, Nodes(tree, n.Id), n.ReturnDays);
}
