import {Text} from 'ink';
import React from 'react';
import {statusText} from '../frame-text';
import type {Theme} from '../theme';

export type StatusProps = {
	readonly left: string;
	readonly message?: string | null;
	readonly right: string;
	readonly columns: number;
	readonly theme: Theme;
};

export function StatusLine(props: StatusProps) {
	return (
		<Text {...(props.message ? props.theme.statusNotice : props.theme.status)} wrap="truncate-end">
			{statusText(props)}
		</Text>
	);
}
