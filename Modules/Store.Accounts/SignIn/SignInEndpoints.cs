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
    // A locked account answers like a wrong password: anything else would tell who has an account. The
    // hint about resetting covers the owner who did lock themselves out.
    public const string WrongPassword = "The email or password is not correct. After several wrong tries, wait 15 minutes or reset your password.";
    public const string NotConfirmed = "Confirm your email address first: follow the link in the email we sent you.";

    public static void MapSignInEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/login", (string? returnUrl, string? confirmed, string? reset, string? emailChanged, string? signedOut) =>
            FormPage.Show("Account/Login", new SignInForm { ReturnUrl = ReturnUrls.Safe(returnUrl) }, notice: Notice(confirmed, reset, emailChanged, signedOut)));
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

            // Only the right password reaches "not confirmed", so it tells nothing to someone who lacks it.
            errors[""] = result.IsNotAllowed ? NotConfirmed : WrongPassword;
        }

        form.Password = null;
        return FormPage.Show("Account/Login", form, errors);
    }

    private static async Task<RedirectHttpResult> SignOutAsync(SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.Redirect("/");
    }

    private static string? Notice(string? confirmed, string? reset, string? emailChanged, string? signedOut) =>
        signedOut is not null ? "You have been signed out on every device."
        : confirmed is not null ? "Your email address is confirmed. You can sign in now."
        : reset is not null ? "Your password has been changed. Sign in with the new one."
        : emailChanged is not null ? "Your new email address is confirmed. Sign in with it."
        : null;
}
