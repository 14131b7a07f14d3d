"use server";

import type { FormState } from "@/lib/form-state";
import { handleForm } from "@/lib/server/action";
import { createTraining, deleteTraining, setTrainingPublished, updateTraining } from "./catalog-mutations";
import { ZTraining, ZTrainingVersion, ZUpdateTraining } from "./catalog-schemas";

const toTraining = (id: number, saved: string) => ({ revalidate: ["/trainings", `/trainings/${id}`], redirectTo: `/trainings/${id}?saved=${saved}` });

export async function createTrainingAction(_state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZTraining, createTraining, (id) => toTraining(id, "created"));
}

export async function updateTrainingAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZUpdateTraining, (user, data) => updateTraining(user, id, data), () => toTraining(id, "updated"));
}

export async function publishTrainingAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZTrainingVersion, (user, data) => setTrainingPublished(user, id, data.version, true), () => toTraining(id, "published"));
}

export async function unpublishTrainingAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZTrainingVersion, (user, data) => setTrainingPublished(user, id, data.version, false), () => toTraining(id, "unpublished"));
}

export async function deleteTrainingAction(id: number, _state: FormState, formData: FormData): Promise<FormState> {
  return handleForm(formData, ZTrainingVersion, (user, data) => deleteTraining(user, id, data.version), () => ({ revalidate: ["/trainings"], redirectTo: "/trainings?saved=deleted" }));
}
