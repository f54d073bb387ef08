using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Accounts.Addresses;

/// <summary>The storefront address book under <c>/account/addresses</c>; the group requires a signed-in user.</summary>
internal static class AddressEndpoints
{
    public static void MapAddressEndpoints(this IEndpointRouteBuilder account)
    {
        var addresses = account.MapGroup("/addresses");
        addresses.MapGet("/", async (HttpContext http, AddressBook book, string? saved, CancellationToken cancellationToken) =>
        {
            var list = await book.ListAsync(UserId(http), cancellationToken);
            return FormPage.Show("Account/Addresses", notice: saved is null ? null : "Your address book is saved.",
                model: new AddressListPage(list.Select(AddressView.From).ToList(), AddressBook.MaxAddresses));
        });
        addresses.MapGet("/new", () => FormPage.Show("Account/Address", new AddressInput(), model: new AddressFormPage(null)));
        addresses.MapPost("/new", async ([FromForm] AddressInput form, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
        {
            var (errors, _) = await book.AddAsync(UserId(http), form, cancellationToken);
            return errors.Count > 0 ? FormPage.Show("Account/Address", form, errors, model: new AddressFormPage(null)) : (IResult)Saved();
        });
        addresses.MapGet("/{id:int}", async (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.FindAsync(UserId(http), id, cancellationToken) is { } address
                ? FormPage.Show("Account/Address", AddressInput.From(address), model: new AddressFormPage(id))
                : Results.NotFound());
        addresses.MapPost("/{id:int}", async (int id, [FromForm] AddressInput form, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.UpdateAsync(UserId(http), id, form, cancellationToken) switch
            {
                null => Results.NotFound(),
                { Count: > 0 } errors => FormPage.Show("Account/Address", form, errors, model: new AddressFormPage(id)),
                _ => (IResult)Saved(),
            });
        addresses.MapPost("/{id:int}/default", async (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.MakeDefaultAsync(UserId(http), id, cancellationToken) ? Saved() : Results.NotFound()).RequireAntiforgery();
        // Deleting asks first, on a page that shows the address that will go.
        addresses.MapGet("/{id:int}/delete", async (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.FindAsync(UserId(http), id, cancellationToken) is { } address
                ? FormPage.Show("Account/DeleteAddress", model: AddressView.From(address))
                : Results.NotFound());
        addresses.MapPost("/{id:int}/delete", async (int id, HttpContext http, AddressBook book, CancellationToken cancellationToken) =>
            await book.DeleteAsync(UserId(http), id, cancellationToken) ? Saved() : Results.NotFound()).RequireAntiforgery();
    }

    private static RedirectHttpResult Saved() => TypedResults.Redirect("/account/addresses?saved=1");

    // The group requires an authenticated user, whose cookie always carries the id.
    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
