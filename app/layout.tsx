import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { t } from "@/lib/i18n";
import "./globals.css";

// Self-hosted: the build machines have no internet, so next/font/google cannot be used.
const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  variable: "--font-inter",
  display: "swap",
});

export const metadata: Metadata = {
  title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
  description: t("app.tagline"),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id" className={inter.variable}>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
