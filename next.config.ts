import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // npm test builds into its own folder so it never disturbs the build that npm start serves.
  distDir: process.env.JENJANG_DIST_DIR ?? ".next",
  // Native and Node-only packages stay outside the server bundle.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Uploads (later: SKP evidence, certificates) are limited per action; this is the outer bound.
    serverActions: { bodySizeLimit: "6mb" },
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
