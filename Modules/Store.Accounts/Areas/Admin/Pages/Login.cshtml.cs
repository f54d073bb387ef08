using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Accounts.Users;
using Store.Accounts.Web;

namespace Store.Accounts.Areas.Admin.Pages;

/// <summary>
/// <c>/admin/login</c>. The data-annotation messages are msgids: MVC's data-annotation localization (Core's
/// <c>AddDataAnnotationsLocalization</c>) reads them through the PO localizer in the reader's language.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(SignInManager<User> signIn, IStringLocalizer<LoginModel> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256, ErrorMessage = "Use at most {1} characters.")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Sign out first so a fresh ticket (a new session) replaces whatever the browser held.
        await signIn.SignOutAsync();
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, "/admin"));
        }

        // A locked account answers like a wrong password, so the page tells nobody which addresses have accounts.
        // The same words as SignInEndpoints.WrongPassword, in the admin's language.
        Error = localizer["The email or password is not correct. After several wrong tries, wait 15 minutes or reset your password."];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Password = string.Empty;
        return Page();
    }
}
