/**
 * Lets a screen deep inside a poll (the tie note's "re-vote" button) show another poll, such as
 * the re-vote it has just made, without threading a callback through every level.
 */
import { createContext, useContext } from 'react';

export const PollSelection = createContext<(pollId: string) => void>(() => undefined);

export const useSelectPoll = () => useContext(PollSelection);
