export const PHONE_TARGETS: string[];
export function buildRoomPage(options?: { root?: string; outDir?: string | null }): Promise<{ html: string; js: string }>;
