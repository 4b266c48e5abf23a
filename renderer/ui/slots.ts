/**
 * A part of another feature shown inside a feature's screen (the projector button on the agenda,
 * the search beside the notes). Features never import each other: app/ForumPage hands such
 * parts in as components, so each feature depends only on ui/, api/, i18n/ and shared/.
 */
import type { ComponentType } from 'react';

/** A part that needs nothing but the forum it is for. */
export type ForumSlot = ComponentType<{ forumId: string }>;
