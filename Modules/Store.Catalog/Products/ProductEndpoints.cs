using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Media;
using Store.Catalog.Search;
using Store.Catalog.Storefront;
using Store.Catalog.Translations;
using Store.Catalog.Variants;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.Security;
using Store.Core.Sites;

namespace Store.Catalog.Products;

/// <summary><c>/api/v1/products</c>: the public list and product (published only) and the merchandiser's writes.</summary>
internal static class ProductEndpoints
{
    private static readonly object ProductExample = new
    {
        name = "Stoneware Mug",
        sku = "MUG-STONE",
        description = "Hand-glazed, 350 ml, dishwasher safe.",
        price = 1800,
        compareAtPrice = 2200,
        stock = 25,
        published = true,
        categories = new[] { "mugs" },
    };

    public static void MapProductEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapApiGroup("/api/v1/products");
        group.MapGet("/", ListAsync).WithSummary("Search and filter published products (q, category, min_price, max_price, in_stock, rating (stars and up), attr.*, option.*, sort, page, page_size)");
        group.MapGet("/{id:int}", GetByIdAsync).WithSummary("A product by id (merchandisers also see drafts); ETag carries its version");
        group.MapGet("/{slug}", GetAsync).WithSummary("A published product by slug (an old slug answers 301)");

        var admin = group.MapGroup("").RequirePermission(CatalogPermissions.ManageProducts);
        admin.MapPost("/", CreateAsync).WithSummary("Create a product (prices in minor units)").WithRequestExample(ProductExample);
        admin.MapPut("/{id:int}", UpdateAsync).WithSummary("Replace a product; If-Match: its ETag (412 when it changed since)").WithRequestExample(ProductExample);
        admin.MapPut("/{id:int}/variants/{variantId:int}", UpdateVariantAsync).WithSummary("Change one variant; fields left out keep their value; honours If-Match")
            .WithRequestExample(new { price = 1650, stock = 40 });
        admin.MapPost("/{id:int}/publish", (int id, HttpContext http, ProductEditor editor, StoreDbContext db) => PublishAsync(id, true, http, editor, db)).WithSummary("Publish; honours If-Match");
        admin.MapPost("/{id:int}/unpublish", (int id, HttpContext http, ProductEditor editor, StoreDbContext db) => PublishAsync(id, false, http, editor, db)).WithSummary("Back to draft; honours If-Match");
        admin.MapDelete("/{id:int}", DeleteAsync).WithSummary("Delete a product; honours If-Match");

        endpoints.MapApiGroup("/api/v1/media").MapPost("/", UploadAsync).RequirePermission(CatalogPermissions.ManageProducts)
            .WithSummary("Upload a JPEG, PNG or WebP image (multipart field file); use its key in a product's images");
    }

    private static async Task<Results<Ok<ProductListResponse>, ValidationProblem>> ListAsync(HttpContext http, ProductSearch search, SiteState site)
    {
        // ?currency=: prices, price filters and sorting in that currency (Currencies module); the index is asked in the base one.
        var prices = await ShopperPrices.OfAsync(http);
        var currency = prices.Currency;
        var (query, errors) = ProductQueryParser.Parse(http.Request.Query, currency);
        var result = errors.Count > 0 ? null : await search.SearchAsync(await prices.ForIndexAsync(query, http.RequestAborted), tree: null, http.RequestAborted);
        if (result is null || result.Errors.Count > 0)
        {
            return ApiProblems.Validation(result?.Errors.ToDictionary() ?? errors);
        }

        var pageCount = result.PageCount(query.PageSize);
        var inCurrency = currency == prices.Money.Setup.Base ? "" : "&currency=" + currency;
        string Url(int page) => "/api/v1/products" + ProductQueryParser.ToQueryString(query with { Page = page }, currency) + inCurrency;
        var links = new PageLinks(
            Url(query.Page),
            pageCount > 0 ? Url(1) : null,
            query.Page > 1 && query.Page <= pageCount ? Url(query.Page - 1) : null,
            query.Page < pageCount ? Url(query.Page + 1) : null,
            pageCount > 0 ? Url(pageCount) : null);
        var items = (await prices.CardsAsync(result.Items, http.RequestAborted))
            .Select(p => new ProductSummaryResponse(p.Id, p.Name, p.Slug, p.Price, p.CompareAtPrice, currency, p.InStock, p.ImageUrl, p.Url, p.MaxPrice, p.RatingAverage, p.RatingCount))
            .ToList();
        return TypedResults.Ok(new ProductListResponse(items, result.Total, query.Page, query.PageSize, pageCount, links, result.Facets));
    }

    private static async Task<Results<Ok<ProductResponse>, RedirectHttpResult, ProblemHttpResult>> GetAsync(string slug, HttpContext http, StoreDbContext db, SiteState site)
    {
        var product = await ProductDetails.LoadAsync(db, null, slug, includeDrafts: false, http.RequestAborted);
        if (product is not null)
        {
            return await OkAsync(http, await ProductTranslations.ForRequestAsync(http, db, product), site);
        }

        var moved = await ProductDetails.MovedSlugAsync(db, slug, http.RequestAborted);
        return moved is null ? ApiProblems.NotFound() : TypedResults.Redirect("/api/v1/products/" + Uri.EscapeDataString(moved), permanent: true);
    }

    // By id: merchandisers see drafts too; anyone else only published products. A number that is no product's id
    // may still be a product's slug ("1984").
    private static async Task<Results<Ok<ProductResponse>, RedirectHttpResult, ProblemHttpResult>> GetByIdAsync(int id, HttpContext http, StoreDbContext db, SiteState site, IAuthorizationService authorization)
    {
        var drafts = await authorization.HasPermissionAsync(http.User, CatalogPermissions.ManageProducts.Name);
        var product = await ProductDetails.LoadAsync(db, id, null, drafts, http.RequestAborted);
        return product is null
            ? await GetAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture), http, db, site)
            : await OkAsync(http, await ProductTranslations.ForRequestAsync(http, db, product), site);
    }

    private static async Task<Results<Ok<ProductResponse>, ValidationProblem, ProblemHttpResult>> UpdateVariantAsync(int id, int variantId, VariantRequest request, HttpContext http, ProductEditor editor, StoreDbContext db, SiteState site)
    {
        var current = await ProductDetails.LoadAsync(db, id, null, includeDrafts: true, http.RequestAborted);
        if (current is null || current.Variants.All(v => v.Id != variantId))
        {
            return ApiProblems.NotFound();
        }

        var input = OneVariantEdit.InputFor(current, variantId, request) with { Version = EntityTags.IfMatch(http.Request) };
        var (product, errors) = await editor.SaveAsync(id, input, http.RequestAborted);
        if (product is null)
        {
            // Field names as this request has them: "Variants[2].Price" becomes "Price".
            var index = current.Variants.ToList().FindIndex(v => v.Id == variantId);
            var prefix = $"{nameof(ProductInput.Variants)}[{index}].";
            return errors.ContainsKey(string.Empty) ? ApiProblems.NotFound()
                : EditConflict.IsConflict(errors) ? Stale()
                : ApiProblems.Validation(errors.ToDictionary(e => e.Key.StartsWith(prefix, StringComparison.Ordinal) ? e.Key[prefix.Length..] : e.Key, e => e.Value));
        }

        return await OkAsync(http, (await ProductDetails.LoadAsync(db, product.Id, null, includeDrafts: true, http.RequestAborted))!, site);
    }

    private static async Task<Results<Created<ProductResponse>, ValidationProblem>> CreateAsync(ProductRequest request, HttpContext http, ProductEditor editor, StoreDbContext db, SiteState site)
    {
        var (product, errors) = await editor.SaveAsync(null, request.ToInput(), http.RequestAborted);
        if (product is null)
        {
            return ApiProblems.Validation(errors);
        }

        var details = (await ProductDetails.LoadAsync(db, product.Id, null, includeDrafts: true, http.RequestAborted))!;
        EntityTags.Send(http, details.Version);
        return TypedResults.Created($"/api/v1/products/{details.Slug}", ToResponse(details, await site.CurrencyAsync(http.RequestAborted)));
    }

    // If-Match (optional): the ETag the client read; 412 when the product has changed since.
    private static async Task<Results<Ok<ProductResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(int id, ProductRequest request, HttpContext http, ProductEditor editor, StoreDbContext db, SiteState site)
    {
        var (product, errors) = await editor.SaveAsync(id, request.ToInput() with { Version = EntityTags.IfMatch(http.Request) }, http.RequestAborted);
        if (product is null)
        {
            return errors.ContainsKey(string.Empty) ? ApiProblems.NotFound() : EditConflict.IsConflict(errors) ? Stale() : ApiProblems.Validation(errors);
        }

        return await OkAsync(http, (await ProductDetails.LoadAsync(db, product.Id, null, includeDrafts: true, http.RequestAborted))!, site);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> PublishAsync(int id, bool published, HttpContext http, ProductEditor editor, StoreDbContext db)
    {
        var ct = http.RequestAborted;
        if (await editor.SetPublishedAsync([id], published, ct, EntityTags.IfMatch(http.Request)))
        {
            EntityTags.Send(http, await db.Set<Product>().Where(p => p.Id == id).Select(p => p.Version).FirstAsync(ct));
            return TypedResults.NoContent();
        }

        return await db.Set<Product>().AnyAsync(p => p.Id == id, ct) ? Stale() : ApiProblems.NotFound();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(int id, HttpContext http, ProductEditor editor, StoreDbContext db)
    {
        if (await editor.DeleteAsync([id], http.RequestAborted, EntityTags.IfMatch(http.Request)))
        {
            return TypedResults.NoContent();
        }

        return await db.Set<Product>().AnyAsync(p => p.Id == id, http.RequestAborted) ? Stale() : ApiProblems.NotFound();
    }

    private static ProblemHttpResult Stale() => ApiProblems.PreconditionFailed(EditConflict.Message("product"));

    private static async Task<Ok<ProductResponse>> OkAsync(HttpContext http, ProductDetails product, SiteState site)
    {
        EntityTags.Send(http, product.Version);
        if (HttpMethods.IsGet(http.Request.Method))
        {
            // A shopper's read may ask for another currency; an edit's answer stays in the base currency it was written in.
            var prices = await ShopperPrices.OfAsync(http);
            if (prices.Money.Converts)
            {
                // Another representation than the base one: a weak tag naming the currency and its rate, which If-Match never accepts
                // (writes are in the base currency: read there first).
                http.Response.Headers.ETag = "W/\"" + product.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Store.Core.Money.ShopperCurrency.CacheKey(http).Value + "\"";
            }

            return TypedResults.Ok(ToResponse(await prices.ProductAsync(product, http.RequestAborted), prices.Currency));
        }

        return TypedResults.Ok(ToResponse(product, await site.CurrencyAsync(http.RequestAborted)));
    }

    private static async Task<Results<Created<MediaUploadResponse>, ValidationProblem>> UploadAsync(IFormFile? file, ImageProcessor images, CancellationToken ct)
    {
        if (file is null)
        {
            return ApiProblems.Field("file", "Choose an image file to upload.");
        }

        await using var stream = file.OpenReadStream();
        var upload = await images.StoreAsync(stream, ct);
        if (upload.Key is null)
        {
            return ApiProblems.Field("file", upload.Error!);
        }

        var url = MediaUrls.Of(upload.Key, MediaVariant.Original);
        return TypedResults.Created(url, new MediaUploadResponse(upload.Key, url));
    }

    internal static ProductResponse ToResponse(ProductDetails p, string currency) => new(
        p.Id, p.Name, p.Slug, p.Sku, p.Status == ProductStatus.Published ? "published" : "draft",
        p.DescriptionMarkdown, p.DescriptionHtml, p.Price, p.CompareAtPrice, currency, p.Stock, p.Stock > 0,
        p.SeoTitle, p.SeoDescription, p.CreatedUtc, p.UpdatedUtc,
        p.Images.Select(i => new ProductImageResponse(i.Key, i.Alt, MediaUrls.Of(i.Key, MediaVariant.Detail), MediaUrls.Of(i.Key, MediaVariant.Thumb))).ToList(),
        p.Categories.Select(c => c.Slug).ToList(),
        p.Attributes.ToDictionary(a => a.Slug, a => a.Value),
        // Option names and values as the request's culture reads them (a read through ProductTranslations), the
        // variants' values with them; a write answers in the default culture, where they are the values themselves.
        p.Options.Select(o => new ProductOptionDetails(o.ShownName, o.ShownValues)).ToList(),
        p.Variants.Select(v =>
        {
            var image = v.ImageKey ?? (p.Images.Count > 0 ? p.Images[0].Key : null);
            return new VariantResponse(v.Id, p.ShownValuesOf(v), v.Sku, v.Price, v.CompareAtPrice, v.Stock, v.Stock > 0, v.Barcode, v.ImageKey, image is null ? null : MediaUrls.Of(image, MediaVariant.Detail), v.TaxCategory, v.WeightGrams);
        }).ToList(),
        p.TaxCategory,
        p.ReturnDays);
}
