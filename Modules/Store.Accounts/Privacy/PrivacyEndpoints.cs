using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Consents;
using Store.Accounts.Sessions;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Api;
using Store.Core.Liquid;

namespace Store.Accounts.Privacy;

/// <summary>
/// Privacy self-service: <c>/account/privacy</c> downloads everything the shop holds about the signed-in customer
/// as JSON and erases the account; the API offers the same.
/// </summary>
internal static class PrivacyEndpoints
{
    public const string PasswordRequired = "Enter your password to erase your account.";

    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/privacy", async (HttpContext http, UserManager<User> users, ConsentLog consents, string? saved, CancellationToken cancellationToken) =>
            users.GetUserId(http.User) is { } userId
                ? FormPage.Show("Account/Privacy", new ErasureForm(), notice: saved == "marketing" ? "Your choice about marketing emails is saved." : null,
                    model: new MarketingConsentView(await consents.GrantedAsync(userId, ConsentPurpose.MarketingEmails, cancellationToken)))
                : Results.Unauthorized());
        account.MapGet("/privacy/export", async (HttpContext http, UserManager<User> users, AccountPrivacy privacy, TimeProvider time, CancellationToken cancellationToken) =>
            await users.FindAsync(http.User) is { } user
                ? Results.File(await privacy.ExportFileAsync(user, cancellationToken), "application/json",
                    $"my-data-{time.GetUtcNow():yyyy-MM-dd}.json")
                : Results.Unauthorized());
        account.MapPost("/privacy/erase", EraseAsync);
    }

    public static void MapPrivacyApiEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/account/export", async Task<Results<Ok<IReadOnlyDictionary<string, object?>>, ProblemHttpResult>> (
            HttpContext http, UserManager<User> users, AccountPrivacy privacy, CancellationToken cancellationToken) =>
                await users.FindAsync(http.User) is { } user ? TypedResults.Ok(await privacy.ExportAsync(user, cancellationToken)) : ApiProblems.NotFound())
            .WithSummary("Everything the shop holds about the caller: profile, addresses, sessions, cart, orders, emails");
        api.MapPost("/account/erasure", async Task<Results<Ok<ErasureResponse>, ValidationProblem, ProblemHttpResult>> (
            ErasureForm request, HttpContext http, UserManager<User> users, Reauthentication reauthentication, AccountPrivacy privacy, CancellationToken cancellationToken) =>
            {
                if (await users.FindAsync(http.User) is not { } user)
                {
                    return ApiProblems.NotFound();
                }

                if (await PasswordProblemAsync(http, user, request.Password, reauthentication, cancellationToken) is { } problem)
                {
                    return ApiProblems.Field("password", problem);
                }

                var erasure = await privacy.EraseAsync(user, cancellationToken);
                return erasure.Refused is { } why
                    ? ApiProblems.Conflict(why)
                    : TypedResults.Ok(new ErasureResponse(erasure.Deleted ? "deleted" : "anonymised", erasure.Kept));
            })
            .WithSummary("Erase the caller's account (needs the password): deleted, or anonymised where orders must be kept by law; 409 while an order is under way")
            .WithRequestExample(new ErasureForm { Password = "analytical-engine-42" });
    }

    private static async Task<IResult> EraseAsync(
        [FromForm] ErasureForm form, HttpContext http, UserManager<User> users, SignInManager<User> signIn, Reauthentication reauthentication, AccountPrivacy privacy,
        CancellationToken cancellationToken)
    {
        if (await users.FindAsync(http.User) is not { } user)
        {
            return Results.Unauthorized();
        }

        if (await PasswordProblemAsync(http, user, form.Password, reauthentication, cancellationToken) is { } problem)
        {
            return FormPage.Show("Account/Privacy", new ErasureForm(), new Dictionary<string, string> { ["Password"] = problem });
        }

        var erasure = await privacy.EraseAsync(user, cancellationToken);
        if (erasure.Refused is { } why)
        {
            return FormPage.Show("Account/Privacy", new ErasureForm(), new Dictionary<string, string> { [""] = why }, status: StatusCodes.Status409Conflict);
        }

        await signIn.SignOutAsync();
        return Liquid.Page("Account/Erased", new ErasureView(erasure.Deleted, erasure.Kept));
    }

    // Always the password, never the recent-sign-in window: nothing brings an erased account back.
    private static async Task<string?> PasswordProblemAsync(HttpContext http, User user, string? password, Reauthentication reauthentication, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(password) ? PasswordRequired : await reauthentication.ConfirmAsync(http, user, password, cancellationToken);
}

public sealed record ErasureResponse(string Outcome, IReadOnlyList<string> Kept);

public sealed record ErasureView(bool Deleted, IReadOnlyList<string> Kept);
