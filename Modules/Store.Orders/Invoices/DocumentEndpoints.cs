using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Api;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Invoices;

/// <summary>
/// Invoice and credit-note PDFs: the owner's on the storefront and the API (another customer's answer 404, as
/// if they did not exist), every order's for staff on the admin and the API, where staff may also send one again.
/// </summary>
internal static class DocumentEndpoints
{
    /// <summary><c>/account/orders/{number}/invoices/{document}</c> (the group requires a signed-in user).</summary>
    public static void MapDocumentDownloads(this IEndpointRouteBuilder orders) =>
        orders.MapGet("/{number}/invoices/{document}", async (string number, string document, HttpContext http, DocumentQueries documents, CancellationToken cancellationToken) =>
            (IResult?)Pdf(await documents.FindAsync(number, document, CurrentUser.IdOf(http.User)!, cancellationToken)) ?? Results.NotFound());

    /// <summary><c>/admin/orders/{number}/invoices/{document}</c> on the sign-in cookie, for <c>Orders.ManageOrders</c>.</summary>
    public static void MapAdminDocumentDownloads(this IEndpointRouteBuilder admin) =>
        admin.MapGet("/{number}/invoices/{document}", async (string number, string document, DocumentQueries documents, CancellationToken cancellationToken) =>
            (IResult?)Pdf(await documents.FindAsync(number, document, null, cancellationToken)) ?? Results.NotFound());

    /// <summary><c>/api/v1/orders/{number}/invoices</c>: the caller's own order's documents.</summary>
    public static void MapDocumentApi(this IEndpointRouteBuilder orders)
    {
        orders.MapGet("/{number}/invoices", async Task<IResult> (string number, HttpContext http, OrderQueries queries, DocumentQueries documents, CancellationToken cancellationToken) =>
            await queries.IdOfAsync(CurrentUser.IdOf(http.User)!, number, cancellationToken) is { } id
                ? TypedResults.Ok((await documents.ForOrderAsync(id, cancellationToken)).Select(d => DocumentResponse.Of(d, $"/api/v1/orders/{number}/invoices")).ToList())
                : ApiProblems.NotFound())
            .Produces<List<DocumentResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The invoice and credit notes of one of the caller's orders");

        orders.MapGet("/{number}/invoices/{document}", async Task<IResult> (string number, string document, HttpContext http, DocumentQueries documents, CancellationToken cancellationToken) =>
            (IResult?)Pdf(await documents.FindAsync(number, document, CurrentUser.IdOf(http.User)!, cancellationToken)) ?? ApiProblems.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Download an invoice or credit note of one of the caller's orders (PDF)");
    }

    /// <summary><c>/api/v1/admin/orders/{number}/invoices</c> for staff: list, download, send again.</summary>
    public static void MapAdminDocumentApi(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/{number}/invoices", async Task<IResult> (string number, StoreDbContext db, DocumentQueries documents, CancellationToken cancellationToken) =>
            await db.Set<Order>().Where(o => o.Number == number).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken) is { } id
                ? TypedResults.Ok((await documents.ForOrderAsync(id, cancellationToken)).Select(d => DocumentResponse.Of(d, $"/api/v1/admin/orders/{number}/invoices")).ToList())
                : ApiProblems.NotFound())
            .Produces<List<DocumentResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Staff: an order's invoice and credit notes");

        admin.MapGet("/{number}/invoices/{document}", async Task<IResult> (string number, string document, DocumentQueries documents, CancellationToken cancellationToken) =>
            (IResult?)Pdf(await documents.FindAsync(number, document, null, cancellationToken)) ?? ApiProblems.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Staff: download an invoice or credit note (PDF)");

        admin.MapPost("/{number}/invoices/{document}/send", async Task<IResult> (string number, string document, DocumentMailer mailer, CancellationToken cancellationToken) =>
            await mailer.SendAgainAsync(number, document, cancellationToken) ? TypedResults.Accepted((string?)null) : ApiProblems.NotFound())
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Staff: email an invoice or credit note to the customer again");
    }

    internal static FileContentHttpResult? Pdf(OrderDocument? document) =>
        document is null ? null : TypedResults.File(document.Pdf, "application/pdf", DocumentIssuer.FileName(document.Number));
}
