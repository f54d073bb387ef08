using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Accounts.Passwords;

internal static class PasswordEndpoints
{
    public const string ResetRequested = "If an account uses this address, we have sent it a link to choose a new password. The link works for one hour.";

    /// <summary>Forgotten password and reset: open to everyone.</summary>
    public static void MapPasswordResetEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/password/forgot", () => FormPage.Show("Account/ForgotPassword", new ForgotPasswordForm()));
        account.MapPost("/password/forgot", async ([FromForm] ForgotPasswordForm form, PasswordChanges passwords, CancellationToken cancellationToken) =>
        {
            var errors = new Dictionary<string, string>();
            FieldRules.Email(errors, "Email", form.Email);
            if (errors.Count > 0)
            {
                return FormPage.Show("Account/ForgotPassword", form, errors);
            }

            // The same answer whether or not the address has an account, so the form tells nobody who shops here.
            await passwords.RequestResetAsync(form.Email!, cancellationToken);
            return FormPage.Show("Account/ForgotPassword", new ForgotPasswordForm(), notice: ResetRequested);
        });
        account.MapGet("/password/reset", (string? user, string? token) =>
            FormPage.Show("Account/ResetPassword", new ResetPasswordForm { User = user, Token = token }));
        account.MapPost("/password/reset", ResetAsync);
    }

    /// <summary>Change password: for the signed-in user.</summary>
    public static void MapChangePasswordEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/password", () => FormPage.Show("Account/ChangePassword", new ChangePasswordForm()));
        account.MapPost("/password", ChangeAsync);
    }

    private static async Task<Results<RedirectHttpResult, LiquidResult>> ResetAsync([FromForm] ResetPasswordForm form, PasswordChanges passwords, CancellationToken cancellationToken)
    {
        var errors = await passwords.ResetAsync(form.User, form.Token, form.Password, cancellationToken);
        if (errors is null)
        {
            return Liquid.Page("Account/LinkInvalid", null, StatusCodes.Status400BadRequest);
        }

        form.Password = null;
        return errors.Count > 0 ? FormPage.Show("Account/ResetPassword", form, errors) : TypedResults.Redirect("/account/login?reset=1");
    }

    private static async Task<Results<LiquidResult, UnauthorizedHttpResult>> ChangeAsync(
        [FromForm] ChangePasswordForm form, HttpContext http, UserManager<User> users, SignInManager<User> signIn, PasswordChanges passwords, CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var errors = await passwords.ChangeAsync(user, form.CurrentPassword, form.NewPassword, cancellationToken);
        if (errors.Count > 0)
        {
            return FormPage.Show("Account/ChangePassword", new ChangePasswordForm(), errors);
        }

        // This browser gets a ticket with the new security stamp; every other session is signed out.
        await signIn.RefreshSignInAsync(user);
        return FormPage.Show("Account/ChangePassword", new ChangePasswordForm(), notice: "Your password has been changed. Other devices have been signed out.");
    }
}
