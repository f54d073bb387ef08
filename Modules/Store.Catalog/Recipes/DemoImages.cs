using SkiaSharp;

namespace Store.Catalog.Recipes;

/// <summary>Draws a simple product picture (a shape on a soft background) so the demo shop looks real without downloads.</summary>
internal static class DemoImages
{
    private const int Size = 640;

    public static byte[] Draw(string shape, string color, string accent)
    {
        using var bitmap = new SKBitmap(Size, Size);
        using var canvas = new SKCanvas(bitmap);
        var main = SKColor.TryParse(color, out var c) ? c : new SKColor(0x0f, 0x6b, 0x5c);
        var background = SKColor.TryParse(accent, out var a) ? a : new SKColor(0xf4, 0xf1, 0xea);
        canvas.Clear(background);
        using var fill = new SKPaint { Color = main, IsAntialias = true };
        using var shade = new SKPaint { Color = main.WithAlpha(60), IsAntialias = true };
        using var line = new SKPaint { Color = SKColors.White.WithAlpha(150), IsAntialias = true, IsStroke = true, StrokeWidth = 10 };
        canvas.DrawOval(new SKRect(140, 520, 500, 570), shade);
        switch (shape)
        {
            case "mug":
                canvas.DrawRoundRect(new SKRect(180, 200, 420, 500), 30, 30, fill);
                using (var handle = new SKPaint { Color = main, IsAntialias = true, IsStroke = true, StrokeWidth = 28 })
                {
                    canvas.DrawOval(new SKRect(380, 270, 500, 420), handle);
                }

                break;
            case "book":
                canvas.DrawRoundRect(new SKRect(190, 140, 450, 510), 12, 12, fill);
                canvas.DrawLine(220, 140, 220, 510, line);
                break;
            case "shirt":
                using (var builder = new SKPathBuilder())
                {
                    builder.MoveTo(230, 150);
                    builder.LineTo(130, 220);
                    builder.LineTo(170, 300);
                    builder.LineTo(210, 280);
                    builder.LineTo(210, 510);
                    builder.LineTo(430, 510);
                    builder.LineTo(430, 280);
                    builder.LineTo(470, 300);
                    builder.LineTo(510, 220);
                    builder.LineTo(410, 150);
                    builder.QuadTo(320, 210, 230, 150);
                    builder.Close();
                    using var path = builder.Detach();
                    canvas.DrawPath(path, fill);
                }

                break;
            case "lamp":
                using (var builder = new SKPathBuilder())
                {
                    builder.MoveTo(230, 140);
                    builder.LineTo(410, 140);
                    builder.LineTo(470, 300);
                    builder.LineTo(170, 300);
                    builder.Close();
                    using var path = builder.Detach();
                    canvas.DrawPath(path, fill);
                }

                canvas.DrawRect(new SKRect(305, 300, 335, 480), fill);
                canvas.DrawRoundRect(new SKRect(220, 470, 420, 510), 12, 12, fill);
                break;
            case "plant":
                canvas.DrawRoundRect(new SKRect(230, 360, 410, 510), 18, 18, fill);
                using (var leaf = new SKPaint { Color = new SKColor(0x2e, 0x7d, 0x32), IsAntialias = true })
                {
                    canvas.DrawOval(new SKRect(250, 150, 330, 360), leaf);
                    canvas.DrawOval(new SKRect(310, 130, 390, 360), leaf);
                    canvas.DrawOval(new SKRect(190, 220, 280, 370), leaf);
                    canvas.DrawOval(new SKRect(360, 220, 450, 370), leaf);
                }

                break;
            case "bag":
                canvas.DrawRoundRect(new SKRect(170, 250, 470, 510), 24, 24, fill);
                using (var strap = new SKPaint { Color = main, IsAntialias = true, IsStroke = true, StrokeWidth = 20 })
                {
                    canvas.DrawArc(new SKRect(230, 140, 410, 340), 180, 180, false, strap);
                }

                break;
            case "bottle":
                canvas.DrawRoundRect(new SKRect(250, 220, 390, 510), 40, 40, fill);
                canvas.DrawRect(new SKRect(290, 140, 350, 230), fill);
                canvas.DrawLine(270, 300, 370, 300, line);
                break;
            case "box":
                canvas.DrawRect(new SKRect(170, 200, 470, 500), fill);
                canvas.DrawLine(320, 200, 320, 500, line);
                canvas.DrawLine(170, 300, 470, 300, line);
                break;
            default:
                canvas.DrawCircle(320, 320, 180, fill);
                canvas.DrawCircle(320, 320, 110, line);
                break;
        }

        canvas.Flush();
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 85);
        return data.ToArray();
    }
}
