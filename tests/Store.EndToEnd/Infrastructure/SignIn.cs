using Microsoft.Playwright;

namespace Store.EndToEnd.Infrastructure;

public static class SignIn
{
    /// <summary>
    /// Signs in through the form at <paramref name="loginPath"/> (the shop's or the admin's), as a person does.
    /// It returns once the button is clicked: callers wait for the page they expect next.
    /// </summary>
    public static async Task SignInAsync(this IPage page, string loginPath, string email, string password)
    {
        await page.GotoAsync(loginPath);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
