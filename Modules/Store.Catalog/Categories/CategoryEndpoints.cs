using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Categories;

/// <summary><c>/api/v1/categories</c>: the tree for everyone, and the merchandiser's writes.</summary>
internal static class CategoryEndpoints
{
    public static void MapCategoryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/categories");
        group.MapGet("/", async (StoreDbContext db, CancellationToken ct) =>
        {
            var tree = await CategoryTree.LoadAsync(db, ct);
            return TypedResults.Ok(Nodes(tree, null));
        });

        var admin = group.MapGroup("").RequirePermission(CatalogPermissions.ManageCategories);
        admin.MapPost("/", async Task<Results<Created<CategoryResponse>, ValidationProblem>> (CategoryRequest request, CategoryEditor editor, StoreDbContext db, CancellationToken ct) =>
        {
            var (category, errors) = await editor.SaveAsync(null, ToInput(request), ct);
            return category is null
                ? ApiProblems.Validation(errors)
                : TypedResults.Created($"/categories/{category.Slug}", await ResponseAsync(db, category.Id, ct));
        });
        admin.MapPut("/{id:int}", async Task<Results<Ok<CategoryResponse>, ValidationProblem, ProblemHttpResult>> (int id, CategoryRequest request, CategoryEditor editor, StoreDbContext db, CancellationToken ct) =>
        {
            var (category, errors) = await editor.SaveAsync(id, ToInput(request), ct);
            if (category is null)
            {
                return errors.ContainsKey(string.Empty) ? ApiProblems.NotFound() : ApiProblems.Validation(errors);
            }

            return TypedResults.Ok(await ResponseAsync(db, category.Id, ct));
        });
        admin.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, CategoryEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(id, ct) is { } problem
                ? problem.Contains("does not exist", StringComparison.Ordinal) ? ApiProblems.NotFound() : ApiProblems.Conflict(problem)
                : TypedResults.NoContent());
    }

    private static CategoryInput ToInput(CategoryRequest r) => new(r.Name, r.Slug, r.Description, r.Parent, r.SortOrder);

    private static async Task<CategoryResponse> ResponseAsync(StoreDbContext db, int id, CancellationToken ct)
    {
        var tree = await CategoryTree.LoadAsync(db, ct);
        return Node(tree, tree.Find(id)!);
    }

    private static List<CategoryResponse> Nodes(CategoryTree tree, int? parent) => tree.Children(parent).Select(n => Node(tree, n)).ToList();

    private static CategoryResponse Node(CategoryTree tree, CategoryNode n) =>
        new(n.Id, n.Name, n.Slug, n.Description, n.ParentId is { } p ? tree.Find(p)?.Slug : null, n.SortOrder, n.Url, Nodes(tree, n.Id));
}
