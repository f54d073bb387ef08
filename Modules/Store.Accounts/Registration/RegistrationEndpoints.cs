using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Accounts.Registration;

internal static class RegistrationEndpoints
{
    public const string ResendNotice = "If an account with this address is waiting for confirmation, we have sent it a new link.";

    public static void MapRegistrationEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/register", (string? returnUrl) =>
            FormPage.Show("Account/Register", new RegisterForm { ReturnUrl = ReturnUrls.Safe(returnUrl) }));
        account.MapPost("/register", RegisterAsync);
        account.MapGet("/confirm", ConfirmAsync);
        account.MapGet("/confirm/resend", () => FormPage.Show("Account/ResendConfirmation", new ResendForm()));
        account.MapPost("/confirm/resend", ResendAsync);
    }

    private static async Task<LiquidResult> ResendAsync([FromForm] ResendForm form, UserRegistration registration, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Email(errors, "Email", form.Email);
        if (errors.Count > 0)
        {
            return FormPage.Show("Account/ResendConfirmation", form, errors);
        }

        // The same answer for every address, so the form tells nobody who has an account.
        await registration.ResendConfirmationAsync(form.Email!, cancellationToken);
        return FormPage.Show("Account/ResendConfirmation", new ResendForm(), notice: ResendNotice);
    }

    private static async Task<LiquidResult> RegisterAsync([FromForm] RegisterForm form, UserRegistration registration, CancellationToken cancellationToken)
    {
        var errors = await registration.RegisterAsync(form.Email, form.DisplayName, form.Password, form.Marketing, cancellationToken);
        form.Password = null;
        form.ReturnUrl = ReturnUrls.Safe(form.ReturnUrl);
        return errors.Count > 0
            ? FormPage.Show("Account/Register", form, errors)
            : FormPage.Show("Account/Registered", form);
    }

    private static async Task<Results<RedirectHttpResult, LiquidResult>> ConfirmAsync(string? user, string? token, UserManager<User> users)
    {
        var account = string.IsNullOrEmpty(user) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(user);
        if (account is null || !(await users.ConfirmEmailAsync(account, token!)).Succeeded)
        {
            return Liquid.Page("Account/LinkInvalid", null, StatusCodes.Status400BadRequest);
        }

        return TypedResults.Redirect("/account/login?confirmed=1");
    }
}
