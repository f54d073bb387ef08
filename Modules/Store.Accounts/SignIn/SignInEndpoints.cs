using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Accounts.SignIn;

internal static class SignInEndpoints
{
    public const string LockedOut = "Too many failed attempts: this account is locked for 15 minutes. You can reset your password meanwhile.";
    public const string WrongPassword = "The email or password is not correct.";
    public const string NotConfirmed = "Confirm your email address first: follow the link in the email we sent you.";

    public static void MapSignInEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/login", (string? returnUrl, string? confirmed, string? reset, string? emailChanged) =>
            FormPage.Show("Account/Login", new SignInForm { ReturnUrl = ReturnUrls.Safe(returnUrl) }, notice: Notice(confirmed, reset, emailChanged)));
        account.MapPost("/login", SignInAsync);
        account.MapGet("/logout", () => FormPage.Show("Account/Logout"));
        account.MapPost("/logout", SignOutAsync).RequireAntiforgery();
    }

    private static async Task<Results<RedirectHttpResult, LiquidResult>> SignInAsync([FromForm] SignInForm form, SignInManager<User> signIn)
    {
        form.ReturnUrl = ReturnUrls.Safe(form.ReturnUrl);
        var errors = new Dictionary<string, string>();
        FieldRules.Email(errors, "Email", form.Email);
        FieldRules.Password(errors, "Password", form.Password, "your password");
        if (errors.Count == 0)
        {
            // A new ticket replaces whatever the browser held: a session never outlives a change of user.
            await signIn.SignOutAsync();
            var result = await signIn.PasswordSignInAsync(form.Email!.Trim(), form.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return TypedResults.LocalRedirect(form.ReturnUrl);
            }

            errors[""] = result.IsLockedOut ? LockedOut : result.IsNotAllowed ? NotConfirmed : WrongPassword;
        }

        form.Password = null;
        return FormPage.Show("Account/Login", form, errors);
    }

    private static async Task<RedirectHttpResult> SignOutAsync(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.Redirect("/");
    }

    private static string? Notice(string? confirmed, string? reset, string? emailChanged) =>
        confirmed is not null ? "Your email address is confirmed. You can sign in now."
        : reset is not null ? "Your password has been changed. Sign in with the new one."
        : emailChanged is not null ? "Your new email address is confirmed. Sign in with it."
        : null;
}
