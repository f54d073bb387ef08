using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Emails;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Accounts.Profile;

internal static class ProfileEndpoints
{
    public static void MapProfileEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/", async (HttpContext http, UserManager<User> users) =>
            await users.GetUserAsync(http.User) is { } user
                ? Liquid.Page("Account/Index", new AccountSummary(user.DisplayName, user.Email ?? string.Empty))
                : Results.Unauthorized());
        account.MapGet("/profile", async (HttpContext http, UserManager<User> users) =>
            await users.GetUserAsync(http.User) is { } user
                ? FormPage.Show("Account/Profile", new ProfileForm { DisplayName = user.DisplayName, Email = user.Email })
                : Results.Unauthorized());
        account.MapPost("/profile", UpdateAsync);
    }

    /// <summary>Open to everyone: the link may be followed on a device where the user is not signed in.</summary>
    public static void MapEmailChangeEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/email/confirm", async (string? user, string? email, string? token, ProfileChanges profiles, CancellationToken cancellationToken) =>
            await profiles.ConfirmEmailChangeAsync(user, email, token, cancellationToken)
                ? (IResult)TypedResults.Redirect("/account/login?emailChanged=1")
                : Liquid.Page("Account/LinkInvalid", null, StatusCodes.Status400BadRequest));
        account.MapGet("/email/undo", (string? token, EmailUndoTokens tokens) =>
            tokens.Read(token) is null ? Liquid.Page("Account/LinkInvalid", null, StatusCodes.Status400BadRequest) : FormPage.Show("Account/UndoEmailChange", new UndoForm { Token = token }));
        account.MapPost("/email/undo", async ([FromForm] UndoForm form, EmailUndoTokens tokens, ProfileChanges profiles, CancellationToken cancellationToken) =>
            await profiles.UndoEmailChangeAsync(tokens, form.Token, cancellationToken)
                ? FormPage.Show("Account/UndoEmailChange", notice: "Your account has its previous email address again, and every device has been signed out. Choose a new password now.")
                : Liquid.Page("Account/LinkInvalid", null, StatusCodes.Status400BadRequest));
    }

    private static async Task<IResult> UpdateAsync(
        [FromForm] ProfileForm form, HttpContext http, UserManager<User> users, SignInManager<User> signIn, ProfileChanges profiles, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var outcome = await profiles.UpdateAsync(http, user, form.DisplayName, form.Email, form.CurrentPassword, cancellationToken);
        form.CurrentPassword = null;
        if (outcome.Errors.Count > 0)
        {
            return FormPage.Show("Account/Profile", form, outcome.Errors);
        }

        // The cookie carries the display name the header shows: this browser gets the new one now.
        await signIn.RefreshSignInAsync(user);
        var notice = outcome.EmailChangePending
            ? $"Your name is saved. We have sent a link to {form.Email!.Trim()}: your email address changes when you follow it."
            : "Your profile is saved.";
        return FormPage.Show("Account/Profile", new ProfileForm { DisplayName = user.DisplayName, Email = user.Email }, notice: notice);
    }
}
