using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Api;
using Store.Accounts.Users;
using Store.Core.Api;

namespace Store.Accounts.Addresses;

/// <summary><c>/api/v1/account/addresses</c>: the signed-in user's address book; another user's id answers 404.</summary>
internal static class AddressApiEndpoints
{
    private static readonly AddressRequest AddressExample = new("Ada Lovelace", "12 St James's Square", null, "London", null, "SW1Y 4JH", "GB", "+44 20 7946 0000", true);

    public static void MapAddressApiEndpoints(this IEndpointRouteBuilder api)
    {
        var addresses = api.MapGroup("/account/addresses");
        addresses.MapGet("/", async (HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            TypedResults.Ok((await book.ListAsync(UserId(http), cancellationToken)).Select(AddressView.From).ToList()))
            .WithSummary("The caller's address book, default first");
        addresses.MapGet("/{id:int}", async Task<Results<Ok<AddressView>, ProblemHttpResult>> (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.FindAsync(UserId(http), id, cancellationToken) is { } address ? TypedResults.Ok(AddressView.From(address)) : ApiProblems.NotFound())
            .WithSummary("One of the caller's addresses");
        addresses.MapPost("/", async Task<Results<Created<AddressView>, ValidationProblem>> (AddressRequest request, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
        {
            var (errors, address) = await book.AddAsync(UserId(http), request.ToInput(), cancellationToken);
            return errors.Count > 0
                ? ApiProblems.Validation(errors)
                : TypedResults.Created($"/api/v1/account/addresses/{address!.Id}", AddressView.From(address));
        })
            .WithSummary("Add an address (country as ISO 3166-1 alpha-2)")
            .WithRequestExample(AddressExample);
        addresses.MapPut("/{id:int}", async Task<Results<Ok<AddressView>, ValidationProblem, ProblemHttpResult>> (int id, AddressRequest request, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.UpdateAsync(UserId(http), id, request.ToInput(), cancellationToken) switch
            {
                null => ApiProblems.NotFound(),
                { Count: > 0 } errors => ApiProblems.Validation(errors),
                _ => TypedResults.Ok(AddressView.From((await book.FindAsync(UserId(http), id, cancellationToken))!)),
            })
            .WithSummary("Replace one of the caller's addresses")
            .WithRequestExample(AddressExample);
        addresses.MapPost("/{id:int}/default", async Task<Results<NoContent, ProblemHttpResult>> (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.MakeDefaultAsync(UserId(http), id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Make an address the default for checkout");
        addresses.MapDelete("/{id:int}", async Task<Results<NoContent, ProblemHttpResult>> (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.DeleteAsync(UserId(http), id, cancellationToken) ? TypedResults.NoContent() : ApiProblems.NotFound())
            .WithSummary("Delete one of the caller's addresses");
    }

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
